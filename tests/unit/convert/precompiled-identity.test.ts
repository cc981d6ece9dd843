// The engine bundle converts with tries read back from precompiled binaries
// (trie-binary.ts); they must convert exactly like the tries built from the
// dictionary strings, in every direction, on the 1 MB bench files.
import { describe, expect, it } from 'vitest';
import { loadDictionaries } from '@/lib/convert/dictionaries.ts';
import { FROM_SIMPLIFIED, TO_SIMPLIFIED, type DirectionConfig } from '@/lib/convert/directions.ts';
import { FlatTrie } from '@/lib/convert/flat-trie.ts';
import { buildPipeline } from '@/lib/convert/pipeline.ts';
import { precompileTries } from '@/lib/convert/precompile.ts';
import { binaryFileOf } from '@/lib/convert/precompiled-tries.ts';
import { serializeTrie, trieStorageFromBinary } from '@/lib/convert/trie-binary.ts';
import { storageFromDictionaries } from '@/lib/convert/trie-builder.ts';
import { trieId, trieListsOf, type TrieId } from '@/lib/convert/trie-units.ts';
import { corpusFile } from '@/tests/harness/corpus.ts';

const traditional = corpusFile('bench/traditional-1m.txt');
const simplified = corpusFile('bench/simplified-1m.txt');

const precompiled = await precompileTries();
const builtTries = async (config: DirectionConfig) => {
  const lists = trieListsOf(config);
  const texts = await loadDictionaries(lists.flat());
  return new Map(lists.map((names) => [trieId(names), FlatTrie.fromDictionaries(names.map((name) => texts.get(name)!))]));
};
// As the page gets them: the file's bytes copied into a fresh buffer of their own, then wrapped.
const readBackTries = (config: DirectionConfig) =>
  new Map<TrieId, FlatTrie>(
    trieListsOf(config).map((names) => {
      const file = precompiled.find((trie) => trie.file === binaryFileOf(trieId(names)));
      if (!file) throw new Error(`no precompiled file for ${trieId(names)}`);
      return [trieId(names), FlatTrie.fromStorage(trieStorageFromBinary(file.bytes.slice().buffer))];
    }),
  );

const directions: [string, DirectionConfig, string][] = [
  ...Object.entries(TO_SIMPLIFIED).map(([from, config]): [string, DirectionConfig, string] => [`${from} -> cn`, config, traditional]),
  ...Object.entries(FROM_SIMPLIFIED).map(([to, config]): [string, DirectionConfig, string] => [`cn -> ${to}`, config, simplified]),
];

describe('precompiled tries convert like built ones', () => {
  it.each(directions)('%s on the 1 MB bench file', async (_, config, text) => {
    const expected = buildPipeline(config, await builtTries(config))(text, 0, text.length);
    expect(expected).not.toBe(text);
    const actual = buildPipeline(config, readBackTries(config))(text, 0, text.length);
    expect(actual === expected).toBe(true);
    // And over a range in the middle, as the page and the phrase table call it.
    const part = buildPipeline(config, readBackTries(config))(text, 1000, 50_000);
    expect(part === buildPipeline(config, await builtTries(config))(text, 1000, 50_000)).toBe(true);
  });

  it('keeps only the values a key reaches: overwritten entries are dropped', () => {
    // "a" is in both dictionaries: the first (higher priority) one wins and the other value is not stored.
    const storage = storageFromDictionaries(['a X|ab Y', 'a Z|c W']);
    const read = FlatTrie.fromStorage(trieStorageFromBinary(serializeTrie(storage).buffer as ArrayBuffer));
    expect(['a', 'ab', 'c', 'b'].map((key) => read.lookup(key, 0, key.length))).toEqual(['X', 'Y', 'W', undefined]);
    expect(read.lookup('ab', 0, 2, 1)).toBe('Y');
    expect(read.lookup('c', 0, 1, 1)).toBeUndefined(); // level of the second dictionary survives
    expect(trieStorageFromBinary(serializeTrie(storage).buffer as ArrayBuffer).entries).toBe(3);
  });

  it('refuses a file of another format or a truncated one', () => {
    const bytes = serializeTrie(storageFromDictionaries(['a X']));
    const other = bytes.slice();
    other[0] ^= 1;
    expect(() => trieStorageFromBinary(other.buffer)).toThrow(/Not a precompiled trie/);
    expect(() => trieStorageFromBinary(bytes.slice(0, bytes.length - 4).buffer)).toThrow(/wrong length/);
    expect(() => trieStorageFromBinary(new ArrayBuffer(8))).toThrow(/too short/);
  });
});
