// Guarantees of the pinyin repair over generated input: never throws, idempotent, clean text
// comes back identical, and simulated corruption comes back exact outside reported losses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPinyinInjection, repairPinyinInjection } from '@/lib/garbles/pinyin-injection';
import { legacyEncoder } from '@/lib/codec/legacy-tables';
import { isGb2312 } from '@/lib/codec/gbk';
import { injectPinyin } from '@/tests/harness/corrupt';
import { corpusFile } from '@/tests/harness/corpus';
import { scoreRoundTrip } from './roundtrip';

const TRADITIONAL_ONLY = [...'發報請績嚴國們時會對說來過還這進動種實當現關點經開亞當機區風'];
const SHARED = [...'中的日明光記者在是有人大不了一文化北京年月'];
const PINYIN = ['fā', 'bào', 'qǐng', 'jī', 'jì', 'yán', 'guó', 'men', 'zhōng', 'de', 'fa', 'guo', 'yà', 'lǜ', 'lv', 'ńg'];
const ASCII = [...'abcxyzAP0129 \n,.:;!"-/<>'];

/** Text made of the pieces injection produces and the brackets that must survive. */
const bracketsAndPinyin = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TRADITIONAL_ONLY, ...SHARED, ...ASCII, '(', ')', '?', '《', '》', '，', '。', '😀', '\ufffd'),
      fc.constantFrom(...PINYIN).map((p) => `(${p})`),
      fc.constantFrom(...PINYIN).map((p) => `?${p})`),
      fc.constantFrom('(北京)', '(2023年09月08日 05版)', '(AP)'),
    ),
    { maxLength: 80 },
  )
  .map((pieces) => pieces.join(''));

/** Clean Traditional text: no '(' or '?' at all, so nothing in it can read as an annotation. */
const cleanTraditional = fc
  .array(fc.constantFrom(...TRADITIONAL_ONLY, ...SHARED, ...ASCII, '，', '。', '「', '」', '《', '》'), { minLength: 1, maxLength: 120 })
  .map((pieces) => pieces.join(''));

const anyUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 60 });
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 60 });

function expectIdempotent(text: string) {
  const once = repairPinyinInjection(text);
  const twice = repairPinyinInjection(once.text);
  expect(twice.text).toBe(once.text);
  expect(twice.repaired).toBe(0);
}

describe('pinyin repair properties', () => {
  it('never throws and is idempotent on random UTF-16 (lone surrogates included) and code points', () => {
    fc.assert(fc.property(fc.oneof(anyUnits, anyCodePoints), expectIdempotent), { numRuns: 500 });
  });

  it('never throws and is idempotent on random brackets, pinyin and the characters injection uses', () => {
    fc.assert(fc.property(bracketsAndPinyin, expectIdempotent), { numRuns: 1500 });
  });

  it('returns clean text identical, with nothing reported', () => {
    fc.assert(
      fc.property(cleanTraditional, (text) => {
        expect(repairPinyinInjection(text)).toEqual({ text, repaired: 0, unrecoverable: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('undoes simulated injection exactly, except characters it reports (any list, any order, tones or none)', () => {
    const list = fc.shuffledSubarray(TRADITIONAL_ONLY, { minLength: 1 });
    fc.assert(
      fc.property(cleanTraditional, list, fc.boolean(), (text, chars, toneless) => {
        const result = repairPinyinInjection(injectPinyin(text, chars, { toneless }));
        const score = scoreRoundTrip(text, result.text, result.unrecoverable);
        expect(score.aligned, JSON.stringify({ text, chars, toneless, got: result.text })).toBe(true);
        expectIdempotent(result.text);
      }),
      { numRuns: 800 },
    );
  });

  it('undoes every variant (shared characters in the list, toneless with v or u:, doubled) given the page proof of the shared ones', () => {
    const list = fc.shuffledSubarray([...TRADITIONAL_ONLY, ...SHARED], { minLength: 1 });
    const variant = fc.record({ toneless: fc.boolean(), umlaut: fc.constantFrom('v' as const, 'u:' as const), doubled: fc.boolean() });
    fc.assert(
      fc.property(cleanTraditional, list, variant, (text, chars, options) => {
        const shared = new Set(chars.filter((ch) => SHARED.includes(ch)).map((ch) => legacyEncoder('gbk').codeOf(ch.charCodeAt(0))));
        const result = repairPinyinInjection(injectPinyin(text, chars, options), shared);
        const score = scoreRoundTrip(text, result.text, result.unrecoverable);
        expect(score.aligned, JSON.stringify({ text, chars, options, got: result.text })).toBe(true);
        expect(repairPinyinInjection(result.text, shared).text).toBe(result.text);
      }),
      { numRuns: 800 },
    );
  });

  it('undoes simulated injection of slices of real text with lists of its Traditional-only characters', () => {
    const bench = corpusFile('bench/traditional-1m.txt').replace(/[(?]/g, '');
    const eligible = [...new Set(bench)].filter((ch) => /\p{Script=Han}/u.test(ch) && !isGb2312(legacyEncoder('gbk').codeOf(ch.charCodeAt(0))));
    const slice = fc.tuple(fc.nat(bench.length - 300), fc.integer({ min: 1, max: 300 })).map(([at, length]) => bench.slice(at, at + length));
    const text = fc.array(fc.oneof(slice, fc.constantFrom(...eligible.slice(0, 300)), fc.constantFrom(...ASCII)), { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.shuffledSubarray(eligible.slice(0, 400), { minLength: 1, maxLength: 80 }), fc.boolean(), (original, chars, toneless) => {
        const result = repairPinyinInjection(injectPinyin(original, chars, { toneless }));
        expect(scoreRoundTrip(original, result.text, result.unrecoverable).aligned, JSON.stringify({ original, chars: chars.join(''), toneless })).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('handles several MB: injected text is repaired, clean text comes back identical', () => {
    const bench = corpusFile('bench/traditional-1m.txt');
    const clean = bench.repeat(4);
    expect(repairPinyinInjection(clean).text).toBe(clean);
    const noisy = fc.sample(bracketsAndPinyin, { numRuns: 150_000, seed: 7 }).join('\n');
    expect(Buffer.byteLength(noisy)).toBeGreaterThan(4_000_000);
    expectIdempotent(noisy);
    const injected = injectPinyin(bench, TRADITIONAL_ONLY).repeat(3);
    const result = repairPinyinInjection(injected);
    expect(result.repaired).toBeGreaterThanOrEqual(findPinyinInjection(injected).count);
    expect(result.repaired).toBeGreaterThan(40_000);
    expect(scoreRoundTrip(bench.repeat(3), result.text, result.unrecoverable).aligned).toBe(true);
    // Several MB through every pass: 10-20 s alone, over 40 s while the e2e project shares the cores.
  }, 180_000);
});

describe('pinyin repair speed', () => {
  // No wall-clock assertion here (test machines run files in parallel under load): the
  // 20 MB/s target is measured by `npm run bench` (bench/pinyin.bench.ts). What a test can hold
  // is that a long input is repaired as its parts are: text repeated three times comes back as
  // the repair of one copy, three times.
  it('repairs repeated injected text as the repetition of its repair', async () => {
    const text = corpusFile('bench/traditional-1m.txt').slice(0, 200_000);
    const corrupted = injectPinyin(text, [...TRADITIONAL_ONLY, '請']);
    const once = repairPinyinInjection(corrupted + '\n').text;
    expect(repairPinyinInjection((corrupted + '\n').repeat(3)).text).toBe(once.repeat(3));
  });
});
