import { describe, expect, test } from 'vitest';
import { convertOptionsFor, mergePhrases, parseBulkPhrases, phraseTableFor } from '@/lib/settings/phrases.ts';
import type { Settings } from '@/lib/settings/schema.ts';

const table: Pick<Settings, 'phrases' | 'protect' | 'punctuation'> = {
  punctuation: 'keep',
  phrases: [
    { from: '鼠标', to: '滑鼠', direction: 'to-traditional' },
    { from: '軟體', to: '软件', direction: 'to-simplified' },
    { from: '上海', to: '滬', direction: 'both' },
    { from: '東涌', to: '东涌', direction: 'both' },
  ],
  protect: [
    { phrase: '東涌', direction: 'both' },
    { phrase: '台', direction: 'to-traditional' },
  ],
};

describe('phrase table per direction', () => {
  test('each direction sees its own replacements and protected phrases; protection wins', () => {
    expect(phraseTableFor(table, 'taiwan')).toEqual({ 鼠标: '滑鼠', 上海: '滬', 東涌: '東涌', 台: '台' });
    expect(phraseTableFor(table, 'simplified')).toEqual({ 軟體: '软件', 上海: '滬', 東涌: '東涌' });
  });

  test('converter options: no table when empty, punctuation only when it follows the target', () => {
    expect(convertOptionsFor({ phrases: [], protect: [], punctuation: 'keep' }, 'taiwan')).toEqual({});
    expect(convertOptionsFor({ ...table, punctuation: 'target' }, 'hongkong')).toMatchObject({ punctuation: true });
  });
});

describe('bulk paste', () => {
  test('source=replacement lines and bare phrases (protected), blank lines skipped', () => {
    expect(parseBulkPhrases('鼠标=滑鼠\n\n  東涌  \r\n硬件 = 硬體\n', 'to-traditional')).toEqual({
      ok: true,
      phrases: [
        { from: '鼠标', to: '滑鼠', direction: 'to-traditional' },
        { from: '硬件', to: '硬體', direction: 'to-traditional' },
      ],
      protect: [{ phrase: '東涌', direction: 'to-traditional' }],
    });
  });

  test('the first bad line is named and nothing is taken', () => {
    expect(parseBulkPhrases('鼠标=滑鼠\n=空\n東涌', 'both')).toEqual({ ok: false, line: 2, text: '=空', reason: 'empty-source' });
    expect(parseBulkPhrases('a=b=c', 'both')).toMatchObject({ ok: false, line: 1, reason: 'two-equals' });
    expect(parseBulkPhrases('x'.repeat(101), 'both')).toMatchObject({ ok: false, line: 1, reason: 'too-long' });
  });

  test('pasting again replaces entries for the same phrase and direction', () => {
    const merged = mergePhrases(table, {
      phrases: [{ from: '上海', to: '申', direction: 'both' }, { from: '上海', to: '沪', direction: 'to-simplified' }],
      protect: [{ phrase: '東涌', direction: 'both' }],
    });
    expect(merged.phrases.filter((p) => p.from === '上海')).toEqual([
      { from: '上海', to: '申', direction: 'both' },
      { from: '上海', to: '沪', direction: 'to-simplified' },
    ]);
    expect(merged.protect).toHaveLength(2);
  });
});
