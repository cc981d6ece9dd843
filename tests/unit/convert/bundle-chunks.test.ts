// The converter as the page engine bundles it: dictionaries are separate
// chunks, and a direction fetches only its own.
import { describe, expect, it } from 'vitest';
import { measureConverterChunks } from '../../../bench/convert-chunks.ts';
import { buildEngineFiles } from '../../../scripts/build-engine.ts';

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

  it('the real engine build (scripts/build-engine.ts) gives each dictionary its own chunk', async () => {
    const files = await buildEngineFiles();
    const entry = files.find((file) => file.relativeDest === 'engine/engine.js');
    expect(entry).toBeDefined();
    // First entries of STPhrases and TSPhrases, as opencc-js 1.4.2 ships them.
    const holding = (needle: string) => files.filter((file) => file.contents.includes(needle)).map((file) => file.relativeDest);
    expect(holding('一丝不挂 一絲不掛')).toEqual([expect.stringMatching(/^engine\/chunks\/STPhrases-[A-Z0-9]+\.js$/)]);
    expect(holding('一目瞭然 一目了然')).toEqual([expect.stringMatching(/^engine\/chunks\/TSPhrases-[A-Z0-9]+\.js$/)]);
    expect(entry!.contents).not.toContain('一丝不挂');
  });
});
