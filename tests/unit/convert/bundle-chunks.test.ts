// The converter as the page engine bundles it: dictionaries are separate
// chunks, and a direction fetches only its own.
import { describe, expect, it } from 'vitest';
import { measureConverterChunks } from '../../../bench/convert-chunks.ts';

describe('engine bundle chunks', () => {
  it('keeps the dictionaries out of the code and splits them by direction', async () => {
    const chunks = await measureConverterChunks();
    expect(chunks.dictionariesInCode).toEqual([]);
    expect(chunks.code).toBeLessThan(6 * 1024);
    // issue 3: toward Simplified about 54 KB gzip, toward Traditional about 456 KB.
    expect(chunks.direction('simplified')).toBeLessThan(60 * 1024);
    for (const target of ['traditional', 'taiwan', 'taiwan-phrases', 'hongkong'] as const) {
      expect(chunks.direction(target)).toBeGreaterThan(400 * 1024);
      expect(chunks.direction(target)).toBeLessThan(500 * 1024);
    }
  });
});
