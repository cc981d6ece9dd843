import { describe, expect, test } from 'vitest';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings/settings-file.ts';
import { defaultSettings } from '@/lib/settings/schema.ts';

const defaults = defaultSettings('zh-CN');

describe('settings file', () => {
  test("accepts the issue's minimal form and fills the rest from the defaults", () => {
    const minimal = `{"format": "qingwen-settings", "version": 1, "target": "taiwan", "punctuation": "target",
      "sites": [{"pattern": "*.example.com", "mode": "never"}],
      "phrases": [{"from": "鼠标", "to": "滑鼠", "direction": "to-traditional"}],
      "protect": ["東涌"]}`;
    const result = importSettingsFile(minimal, defaults);
    expect(result).toEqual({
      ok: true,
      settings: {
        target: 'taiwan',
        repair: true,
        conversion: 'auto',
        punctuation: 'target',
        sites: [{ pattern: '*.example.com', mode: 'never' }],
        phrases: [{ from: '鼠标', to: '滑鼠', direction: 'to-traditional' }],
        protect: [{ phrase: '東涌', direction: 'both' }],
      },
    });
  });

  test('an export reads back as the same settings', () => {
    const settings = {
      ...defaults,
      repair: false,
      sites: [{ pattern: 'a.com', mode: 'target' as const, target: 'hongkong' as const }],
      protect: [{ phrase: '東涌', direction: 'to-traditional' as const }],
    };
    expect(importSettingsFile(exportSettingsFile(settings), defaultSettings('en'))).toEqual({ ok: true, settings });
  });

  test('refuses what is not a settings file, saying why', () => {
    const problem = (text: string) => {
      const result = importSettingsFile(text, defaults);
      return result.ok ? null : result.problem;
    };
    expect(problem('{"format": "qingwen-settings",')).toMatchObject({ kind: 'not-json' });
    expect(problem('[1]')).toEqual({ kind: 'not-object' });
    expect(problem('{"format": "other", "version": 1}')).toEqual({ kind: 'wrong-format', found: 'other' });
    expect(problem('{"format": "qingwen-settings"}')).toMatchObject({ kind: 'wrong-format' });
    expect(problem('{"format": "qingwen-settings", "version": 7}')).toEqual({ kind: 'newer-version', found: 7 });
    const file = (fields: object) => JSON.stringify({ format: 'qingwen-settings', version: 1, ...fields });
    expect(problem(file({ target: 'mars' }))).toEqual({ kind: 'bad-field', problem: { field: 'target', reason: 'value' } });
    expect(problem(file({ repair: 'yes' }))).toMatchObject({ problem: { field: 'repair', reason: 'type' } });
    expect(problem(file({ sites: [{ pattern: 'ok.com', mode: 'never' }, { pattern: 'a b', mode: 'never' }] }))).toEqual({
      kind: 'bad-field',
      problem: { field: 'sites', reason: 'pattern', index: 1 },
    });
    expect(problem(file({ sites: [{ pattern: 'a.com', mode: 'target' }] }))).toMatchObject({ problem: { field: 'sites', reason: 'value' } });
    expect(problem(file({ phrases: [{ from: '', to: 'x' }] }))).toMatchObject({ problem: { field: 'phrases', reason: 'empty', index: 0 } });
    expect(problem(file({ phrases: [{ from: 'a', to: 'b', direction: 'sideways' }] }))).toMatchObject({ problem: { field: 'phrases', reason: 'value' } });
    expect(problem(file({ protect: ['ok', 3] }))).toMatchObject({ problem: { field: 'protect', reason: 'type', index: 1 } });
  });

  test('a byte-order mark is fine', () => {
    expect(importSettingsFile('\uFEFF{"format":"qingwen-settings","version":1}', defaults)).toEqual({ ok: true, settings: defaults });
  });
});
