// One opencc-js conversion config turned into a function over a string range,
// replaying opencc-js's algorithm step for step (normalise the whole text,
// segment it, run each segment through the chain) so the output is identical.
import type { DictName } from './dictionaries.ts';
import type { DirectionConfig } from './directions.ts';
import { ALL_LEVELS, FlatTrie } from './flat-trie.ts';

interface TrieView {
  trie: FlatTrie;
  levels: number;
}

export type RangeConverter = (s: string, start: number, end: number) => string;

function sameStart(list: readonly DictName[], prefix: readonly DictName[]): boolean {
  return prefix.length <= list.length && prefix.every((name, index) => list[index] === name);
}

/**
 * Builds the tries of a config. The segmentation list of the Traditional
 * directions is a prefix of their first chain group (STPhrases...), so both
 * read one trie through different views instead of holding the big phrase
 * dictionary twice.
 */
function buildViews(config: DirectionConfig, texts: ReadonlyMap<DictName, string>, built: Map<string, FlatTrie>) {
  const trieOf = (names: readonly DictName[]): FlatTrie => {
    const id = names.join('+');
    let trie = built.get(id);
    if (!trie) {
      trie = FlatTrie.fromDictionaries(names.map((name) => texts.get(name)!));
      built.set(id, trie);
    }
    return trie;
  };
  const chain: TrieView[] = config.chain.map((names) => ({ trie: trieOf(names), levels: ALL_LEVELS }));
  let segmentation: TrieView | undefined;
  if (config.segmentation) {
    const names = config.segmentation;
    const host = config.chain.find((group) => sameStart(group, names));
    segmentation = host ? { trie: trieOf(host), levels: names.length } : { trie: trieOf(names), levels: ALL_LEVELS };
  }
  return { normalization: trieOf(config.normalization), segmentation, chain };
}

/**
 * `built` caches tries by dictionary list, so pipelines composed in one
 * converter (normalising, then converting) share their common tries.
 */
export function buildPipeline(
  config: DirectionConfig,
  texts: ReadonlyMap<DictName, string>,
  built = new Map<string, FlatTrie>(),
): RangeConverter {
  const { normalization, segmentation, chain } = buildViews(config, texts, built);
  const bounds: number[] = []; // reused: conversions are synchronous
  const [first, ...rest] = chain;

  const convertWhole = (text: string): string => {
    for (const { trie, levels } of chain) text = trie.convertRange(text, 0, text.length, levels);
    return text;
  };

  const convertSegmented = (text: string, seg: TrieView): string => {
    bounds.length = 0;
    seg.trie.segmentRange(text, 0, text.length, seg.levels, bounds);
    let out = '';
    for (let k = 0; k < bounds.length; k += 2) {
      let piece = first.trie.convertRange(text, bounds[k], bounds[k + 1], first.levels);
      for (const { trie, levels } of rest) piece = trie.convertRange(piece, 0, piece.length, levels);
      out += piece;
    }
    return out;
  };

  return (s, start, end) => {
    const text = normalization.convertRange(s, start, end);
    return segmentation ? convertSegmented(text, segmentation) : convertWhole(text);
  };
}
