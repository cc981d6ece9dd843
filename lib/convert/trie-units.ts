// Which tries a conversion config reads. A trie is the unit of caching and of
// precompiling: one per dictionary list (opencc-js group), named by its list.
import type { DictName } from './dictionaries.ts';
import type { DirectionConfig } from './directions.ts';

export type TrieId = string;

export const trieId = (names: readonly DictName[]): TrieId => names.join('+');

function sameStart(list: readonly DictName[], prefix: readonly DictName[]): boolean {
  return prefix.length <= list.length && prefix.every((name, index) => list[index] === name);
}

/**
 * The trie the segmentation step reads, and how many of its dictionaries it
 * sees. The segmentation list of the Traditional directions is a prefix of
 * their first chain group (STPhrases...), so both read one trie through
 * different views instead of holding the big phrase dictionary twice.
 */
export function segmentationTrie(config: DirectionConfig): { names: DictName[]; levels?: number } | undefined {
  const names = config.segmentation;
  if (!names) return undefined;
  const host = config.chain.find((group) => sameStart(group, names));
  return host ? { names: host, levels: names.length } : { names };
}

/** Every dictionary list a config builds a trie of (duplicates possible). */
export function trieListsOf(config: DirectionConfig): DictName[][] {
  const segmentation = segmentationTrie(config);
  return [config.normalization, ...(segmentation ? [segmentation.names] : []), ...config.chain];
}
