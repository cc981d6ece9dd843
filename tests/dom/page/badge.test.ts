import { expect, test } from 'vitest';
import { badgeFor } from '@/lib/background/badge';
import type { PageState } from '@/lib/messaging';

const base: PageState = { url: 'http://x/', host: 'x', title: 't', active: true, changedNodes: 3 };

test('the badge says what was done: repairs first, then re-decoding, then the script', () => {
  expect(badgeFor({ ...base, convertedTo: 'simplified' }).text).toBe('简');
  expect(badgeFor({ ...base, convertedTo: 'taiwan' }).text).toBe('繁');
  expect(badgeFor({ ...base, convertedTo: 'taiwan', redecoded: { from: 'utf-8', to: 'big5' } }).text).toBe('Big5');
  const repaired = badgeFor({
    ...base,
    convertedTo: 'simplified',
    report: { garbles: [], repaired: [{ kind: 'pinyin-injection', count: 12 }, { kind: 'utf8-as-gbk', count: 2 }], unrecoverable: [] },
  });
  expect(repaired.text).toBe('14');
  expect(repaired.title).toContain('repaired 12 × pinyin-injection');
  expect(repaired.title).toContain('converted to simplified');
});

test('losses without repairs show a warning; idle pages show nothing, a page turned off says so', () => {
  const lost = badgeFor({
    ...base,
    report: { garbles: [], repaired: [], unrecoverable: [{ kind: 'kunjinkao', start: 0, end: 3, text: '锟斤拷' }] },
  });
  expect(lost).toMatchObject({ text: '!', color: '#b3261e' });
  expect(badgeFor({ ...base, active: false, idleReason: 'not-chinese' }).text).toBe('');
  expect(badgeFor({ ...base, active: false, idleReason: 'user-off' }).text).toBe('off');
});
