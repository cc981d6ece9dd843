// Where a converter's tries come from. In the engine bundle: the precompiled
// binaries (precompiled-tries.ts, trie-binary.ts), fetched and read back with
// no dictionary string imported or parsed. Everywhere else (Node, Vitest, the CLI from source, a bundle without
// the binaries): opencc-js's dictionary strings, imported and built into tries.
import type { DictName } from './dictionaries.ts';
import { loadDictionaries } from './dictionaries.ts';
import { FlatTrie } from './flat-trie.ts';
import { loadPrecompiledTries, precompiledAvailable, prefetchPrecompiledTries } from './precompiled-tries.ts';
import { trieId, type TrieId } from './trie-units.ts';

declare global {
  // scripts/build-engine.ts defines this as `true`: the engine ships only the
  // binaries, and the string path (with its dictionary chunks) drops out of the
  // bundle as dead code. Read inline, never through a variable: esbuild only
  // folds the branch where the defined expression itself appears.
  var __QINGWEN_PRECOMPILED_ONLY__: boolean | undefined;
}

type Lists = readonly (readonly DictName[])[];

function uniqueLists(lists: Lists): Map<TrieId, readonly DictName[]> {
  return new Map(lists.map((names) => [trieId(names), names]));
}

/** Starts loading the tries' sources (binaries, or dictionary strings) without building anything. */
export async function prefetchTries(lists: Lists): Promise<void> {
  const unique = uniqueLists(lists);
  if (!globalThis.__QINGWEN_PRECOMPILED_ONLY__ && !precompiledAvailable()) return prefetchStrings(unique);
  prefetchPrecompiledTries([...unique.keys()]);
}

export async function loadTries(lists: Lists): Promise<Map<TrieId, FlatTrie>> {
  const unique = uniqueLists(lists);
  if (!globalThis.__QINGWEN_PRECOMPILED_ONLY__) {
    if (!precompiledAvailable()) return buildFromStrings(unique);
    // A bundle built without the binaries (or that lost them) still converts.
    return loadPrecompiledTries([...unique.keys()]).catch(() => buildFromStrings(unique));
  }
  return loadPrecompiledTries([...unique.keys()]);
}

async function prefetchStrings(unique: Map<TrieId, readonly DictName[]>): Promise<void> {
  await loadDictionaries([...unique.values()].flat());
}

async function buildFromStrings(unique: Map<TrieId, readonly DictName[]>): Promise<Map<TrieId, FlatTrie>> {
  const texts = await loadDictionaries([...unique.values()].flat());
  return new Map([...unique].map(([id, names]) => [id, FlatTrie.fromDictionaries(names.map((name) => texts.get(name)!))]));
}
