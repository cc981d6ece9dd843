// Build time (scripts/build-engine.ts): every trie any direction reads, built
// from opencc-js's dictionary strings by the same builder the fallback uses,
// and serialised (trie-binary.ts) into one file per trie.
import { loadDictionaries } from './dictionaries.ts';
import { FROM_SIMPLIFIED, TO_SIMPLIFIED } from './directions.ts';
import { binaryFileOf } from './precompiled-tries.ts';
import { storageFromDictionaries } from './trie-builder.ts';
import { serializeTrie } from './trie-binary.ts';
import { trieId, trieListsOf } from './trie-units.ts';

export interface PrecompiledTrie {
  /** File name inside the dictionary folder. */
  file: string;
  bytes: Uint8Array;
}

export async function precompileTries(): Promise<PrecompiledTrie[]> {
  const configs = [...Object.values(TO_SIMPLIFIED), ...Object.values(FROM_SIMPLIFIED)];
  const lists = new Map(configs.flatMap(trieListsOf).map((names) => [trieId(names), names]));
  const texts = await loadDictionaries([...lists.values()].flat());
  return [...lists].map(([id, names]) => ({
    file: binaryFileOf(id),
    bytes: serializeTrie(storageFromDictionaries(names.map((name) => texts.get(name)!))),
  }));
}
