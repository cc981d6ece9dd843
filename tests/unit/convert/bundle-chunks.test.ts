// The converter as bundles make it. Built from the dictionary strings (any
// bundle of lib/convert), the dictionaries are separate chunks and a direction
// fetches only its own; the real engine build ships precompiled tries instead.
import { describe, expect, it } from 'vitest';
import { measureConverterChunks } from '@/bench/convert-chunks.ts';
import { buildEngineFiles, engineStaticChunks } from '@/scripts/build-engine.ts';
import { FROM_SIMPLIFIED, TO_SIMPLIFIED } from '@/lib/convert/directions.ts';
import { binaryFileOf, DICT_DIR_MARKER } from '@/lib/convert/precompiled-tries.ts';
import { trieId, trieListsOf } from '@/lib/convert/trie-units.ts';
import { CHAR_TABLES_FILE } from '@/lib/garbles/prebuilt-tables';

describe('engine bundle chunks', () => {
  it('a plain bundle keeps the dictionaries out of the code and splits them by direction', async () => {
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

  it('the real engine build (scripts/build-engine.ts) ships precompiled tries instead of dictionary strings', async () => {
    const files = await buildEngineFiles();
    const code = files.flatMap((file) => ('contents' in file ? [file] : []));
    const binaries = files.flatMap((file) => ('absoluteSrc' in file ? [file.relativeDest] : []));
    expect(code.find((file) => file.relativeDest === 'engine/engine.js')).toBeDefined();
    // No dictionary string (first entries of STPhrases and TSPhrases) and no import of one is left.
    for (const needle of ['一丝不挂 一絲不掛', '一目瞭然 一目了然', 'opencc-js/dict/STPhrases', 'opencc-js/dict/TSPhrases']) {
      expect(code.filter((file) => file.contents.includes(needle)).map((file) => file.relativeDest)).toEqual([]);
    }
    // Every trie of every direction has its file, and nothing else is there but detection's character tables.
    const configs = [...Object.values(TO_SIMPLIFIED), ...Object.values(FROM_SIMPLIFIED)];
    const expected = new Set(configs.flatMap(trieListsOf).map((names) => 'engine/dict/' + binaryFileOf(trieId(names))));
    expected.add('engine/dict/' + CHAR_TABLES_FILE);
    expect(binaries.sort()).toEqual([...expected].sort());
    // The converter's chunk points at that folder, relative to itself; the build marker is gone.
    // (the trie loader's `id + ".bin"`; detection's "char-tables.bin" is read through the same folder's URL)
    const converter = code.filter((file) => file.contents.includes('".bin"'));
    expect(converter.length).toBeGreaterThan(0);
    for (const file of converter) {
      const depth = file.relativeDest.split('/').length - 2; // folders below engine/
      expect(file.contents).toContain(JSON.stringify(depth === 0 ? './dict/' : '../'.repeat(depth) + 'dict/'));
    }
    expect(code.filter((file) => file.contents.includes(DICT_DIR_MARKER))).toEqual([]);
  });

  it('names the chunks engine.js imports statically (asked for beside it), and none it imports on demand', async () => {
    const files = await buildEngineFiles();
    const chunks = engineStaticChunks(files);
    const built = new Set(files.map((file) => file.relativeDest));
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(built).toContain('engine/' + chunk);
    const engine = files.find((file) => file.relativeDest === 'engine/engine.js');
    const code = engine && 'contents' in engine ? engine.contents : '';
    // Every chunk named in engine.js's own import statements is listed...
    for (const match of code.matchAll(/import\s*(?:[\w$*{}\s,]+?from\s*)?"\.\/(chunks\/[^"]+)"/g)) expect(chunks).toContain(match[1]);
    // ... and what it imports on demand (re-decoding, the word model, phrase tables) is not.
    for (const lazy of ['redecode', 'word-pairs', 'phrase-table']) expect(chunks.filter((chunk) => chunk.includes(lazy))).toEqual([]);
  });
});

