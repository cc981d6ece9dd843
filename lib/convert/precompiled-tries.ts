// Fetching the tries that scripts/build-engine.ts precompiled into
// engine/dict/*.bin (trie-binary.ts): in the page this replaces importing the
// dictionary strings and building tries from them.
import { FlatTrie } from './flat-trie.ts';
import { trieStorageFromBinary } from './trie-binary.ts';
import type { TrieId } from './trie-units.ts';

// The build replaces this literal, in each output file holding it, with the
// path from that file to the folder of the .bin files (bundlers do not follow
// `new URL(..., import.meta.url)`, and this code may land in any chunk). Left
// as is (Node, Vitest, the CLI running from source), there are no files.
export const DICT_DIR_MARKER = '__QINGWEN_DICT_DIR__';
const DICT_DIR: string = DICT_DIR_MARKER;

/** File name of a trie's binary, relative to the dictionary folder. */
export const binaryFileOf = (id: TrieId): string => id + '.bin';

// Not `!== DICT_DIR_MARKER`: the build would replace that literal too.
export const precompiledAvailable = (): boolean => !DICT_DIR.startsWith('__QINGWEN_');

// Per realm, a file is fetched once and read once. A fetched buffer waits here
// only until it is read (prefetching fetches without reading); the trie read
// from it is kept instead, so later converters share it and the buffer goes.
const fetched = new Map<TrieId, Promise<ArrayBuffer>>();
const read = new Map<TrieId, Promise<FlatTrie>>();

/** URL of a file the build wrote into the dictionary folder; null running from source (no files). */
export function dictionaryFileUrl(file: string): URL | null {
  return precompiledAvailable() ? new URL(DICT_DIR + file, import.meta.url) : null;
}

function fetchBinary(id: TrieId): Promise<ArrayBuffer> {
  let buffer = fetched.get(id);
  if (!buffer) {
    const url = new URL(DICT_DIR + binaryFileOf(id), import.meta.url);
    buffer = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    fetched.set(id, buffer);
  }
  return buffer;
}

function readTrie(id: TrieId): Promise<FlatTrie> {
  let trie = read.get(id);
  if (!trie) {
    trie = fetchBinary(id).then((buffer) => FlatTrie.fromStorage(trieStorageFromBinary(buffer)));
    read.set(id, trie);
    fetched.delete(id);
    // A failed fetch or read is not cached: a later converter tries again.
    trie.catch(() => read.delete(id));
  }
  return trie;
}

/** Starts fetching, without waiting or reading (errors surface in loadPrecompiledTries). */
export function prefetchPrecompiledTries(ids: readonly TrieId[]): void {
  for (const id of ids) if (!read.has(id)) fetchBinary(id).catch(() => fetched.delete(id));
}

export async function loadPrecompiledTries(ids: readonly TrieId[]): Promise<Map<TrieId, FlatTrie>> {
  // Each trie is read as soon as its file arrives: the small ones while the big one is still coming.
  const tries = await Promise.all(ids.map(readTrie));
  return new Map(ids.map((id, index) => [id, tries[index]]));
}
