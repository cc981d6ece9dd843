import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';

// Pieces that form dictionary phrases when adjacent: joined, 上鍊 -> 上链 and
// 一只 -> 一隻, but apart 上 + 鍊 -> 上炼 and 一 + 只 -> 一只.
const pieces = ['上', '鍊', '一', '只', '软', '件', '見', '麵', '⿰', '氵', '\uD840', '\uDC00', 'x', ''];
const item = fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join(''));

describe('convertBatch', () => {
  it('does not let a phrase match across items', async () => {
    const toSimplified = await createConverter('simplified');
    expect(toSimplified.convert('上鍊')).toBe('上链');
    expect(toSimplified.convertBatch(['上', '鍊'])).toEqual(['上', '炼']);
    const toTaiwan = await createConverter('taiwan-phrases');
    expect(toTaiwan.convert('一只')).toBe('一隻');
    expect(toTaiwan.convertBatch(['一', '只'])).toEqual(['一', '只']);
  });

  it.each(['simplified', 'taiwan-phrases', 'hongkong'] as const)('equals converting each item (%s)', async (target) => {
    const converter = await createConverter(target, { phrases: { 软件: '軟體', 上鍊: '上弦' } });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (texts) => {
        expect(converter.convertBatch(texts)).toEqual(texts.map((text) => converter.convert(text)));
      }),
      { numRuns: 300 },
    );
  });
});
