// The facade's guarantees, on any input: no throw, repair(repair(x)) === repair(x), clean text
// byte-identical, spans that point at their text.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { detectGarbles, detectScript, repairText, repairTexts } from '@/lib/engine';
import { legacyEncoder } from '@/lib/codec/legacy-tables';

const HAN = '城市绿道连起百里滨江清晨六点江边經濟發展與環境保護光明日報記者中的是了在有';
const PINYIN = ['fā', 'zhǎn', 'bào', 'qǐng', 'jì', 'zhě', 'zhong', 'yī', 'AP', '北京', '2023'];
const han = fc.constantFrom(...HAN);
const brackets = fc.constantFrom('(', ')', '?', '（', '）', ' ', '，', '。', '\n');
/** Text shaped like the pages this engine meets: Han, brackets, pinyin, question marks. */
const pageLike = fc
  .array(fc.oneof(han, brackets, fc.constantFrom(...PINYIN).map((p) => `(${p})`), fc.constantFrom(...PINYIN)), { maxLength: 120 })
  .map((parts) => parts.join(''));
/** The same, put through the wrong decodings. */
const garbled = pageLike.chain((text) =>
  fc.constantFrom(
    text,
    new TextDecoder('gbk').decode(new TextEncoder().encode(text)),
    String.fromCharCode(...legacyEncoder('gbk').encode(text)),
    String.fromCharCode(...new TextEncoder().encode(text)),
  ),
);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), pageLike, garbled);

function checkGuarantees(text: string) {
  const once = repairText(text);
  expect(repairText(once.text).text).toBe(once.text);
  for (const s of once.report.unrecoverable) expect(once.text.slice(s.start, s.end)).toBe(s.text);
  detectScript(text);
  detectGarbles(text);
}

describe('properties', () => {
  test('never throws, idempotent, spans point at their text', () => {
    fc.assert(fc.property(anyText, checkGuarantees), { numRuns: 400 });
  });

  test('a batch is idempotent too, and its spans point into their items', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(garbled, fc.string({ maxLength: 40 })), { maxLength: 8 }), (texts) => {
        const batch = repairTexts(texts, { pinyin: 'never' });
        expect(repairTexts(batch.texts, { pinyin: 'never' }).texts).toEqual(batch.texts);
        for (const s of batch.report.unrecoverable) expect(batch.texts[s.item!].slice(s.start, s.end)).toBe(s.text);
      }),
      { numRuns: 200 },
    );
  });

  test('clean items come out of a batch untouched', () => {
    fc.assert(
      fc.property(fc.array(pageLike, { maxLength: 8 }), (texts) => {
        expect(repairTexts(texts, { pinyin: 'never' }).texts).toEqual(texts.map((t) => repairText(t, { pinyin: 'never' }).text));
      }),
      { numRuns: 100 },
    );
  });

  test('several-MB inputs: random Unicode, garbled pages and long runs without a break', () => {
    const chunks = [
      fc.sample(fc.string({ unit: 'binary', minLength: 2000, maxLength: 2000 }), 1000).join(''),
      fc.sample(garbled, 20000).join('\n').repeat(4),
      'Ã'.repeat(1_000_000) + '浣'.repeat(1_000_000),
      '('.repeat(500_000) + 'fā)'.repeat(300_000),
    ];
    for (const text of chunks) {
      expect(text.length).toBeGreaterThan(1_000_000);
      const once = repairText(text);
      expect(repairText(once.text).text).toBe(once.text);
    }
  }, 300_000); // a loaded 2-core machine takes over 100 s
});
