// Random text built from dictionary keys, IDS operators, surrogate pairs and
// lone surrogates: the corners where a re-implementation of opencc-js's
// matching could drift from it.
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import { describe, expect, it } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';

const keysOf = (dictionary: string) => dictionary.split('|').map((entry) => entry.split(' ')[0]);
const pieces = [
  ...keysOf(TSPhrases).slice(0, 200),
  ...keysOf(TWPhrases).slice(0, 200),
  '一只', '上鍊', '软件', '見麵', '干部', '後', '后', '发', '髮',
  '⿰', '⿱', '⿲', '⿰氵每', '⿱艹', '\u{20000}', '\u{2F800}', '\uFA0C', '𠀀', '\uD800', '\uDC00',
  'a', ' ', '\n', '|',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('identical to opencc-js on adversarial strings', () => {
  it('t -> cn and tw -> cn', async () => {
    const t2s = await createConverter('simplified', { from: 't' });
    const tw2s = await createConverter('simplified', { from: 'tw' });
    const refT = OpenCC.Converter({ from: 't', to: 'cn' });
    const refTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    fc.assert(
      fc.property(text, (s) => {
        expect(t2s.convert(s)).toBe(refT(s));
        expect(tw2s.convert(s)).toBe(refTw(s));
      }),
      { numRuns: 500 },
    );
  });

  it('cn -> twp and cn -> hk', async () => {
    const s2twp = await createConverter('taiwan-phrases', { normalize: false });
    const s2hk = await createConverter('hongkong', { normalize: false });
    const refTwp = OpenCC.Converter({ from: 'cn', to: 'twp' });
    const refHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
    fc.assert(
      fc.property(text, (s) => {
        expect(s2twp.convert(s)).toBe(refTwp(s));
        expect(s2hk.convert(s)).toBe(refHk(s));
      }),
      { numRuns: 500 },
    );
  });

  it('any UTF-16 string, lone surrogates included', async () => {
    const t2s = await createConverter('simplified', { from: 't' });
    const s2tw = await createConverter('taiwan', { normalize: false });
    const refT = OpenCC.Converter({ from: 't', to: 'cn' });
    const refTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(t2s.convert(s)).toBe(refT(s));
        expect(s2tw.convert(s)).toBe(refTw(s));
      }),
      { numRuns: 1000 },
    );
  });
});
