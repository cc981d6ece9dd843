// One opencc-js conversion config turned into a function over a string range,
// replaying opencc-js's algorithm step for step (normalise the whole text,
// segment it, run each segment through the chain) so the output is identical.
import type { DictName } from './dictionaries.ts';
import type { DirectionConfig } from './directions.ts';
import { ALL_LEVELS, type FlatTrie } from './flat-trie.ts';
import { segmentationTrie, trieId, type TrieId } from './trie-units.ts';

interface TrieView {
  trie: FlatTrie;
  levels: number;
}

export type RangeConverter = (s: string, start: number, end: number) => string;
/** The one trie and view of a config that is a single conversion step (see `singleStepOf`). */
export interface SingleStep {
  trie: FlatTrie;
  levels: number;
}

function viewsOf(config: DirectionConfig, tries: ReadonlyMap<TrieId, FlatTrie>) {
  const view = (names: readonly DictName[], levels = ALL_LEVELS): TrieView => {
    const trie = tries.get(trieId(names));
    if (!trie) throw new Error(`Trie ${trieId(names)} was not loaded`);
    return { trie, levels };
  };
  const seg = segmentationTrie(config);
  return {
    normalization: view(config.normalization).trie,
    segmentation: seg && view(seg.names, seg.levels),
    chain: config.chain.map((names) => view(names)),
  };
}

/**
 * `tries` holds every trie the config reads (trie-units.ts, trieListsOf), so
 * pipelines composed in one converter (normalising, then converting) share
 * their common tries.
 */
export function buildPipeline(
  config: DirectionConfig,
  tries: ReadonlyMap<TrieId, FlatTrie>,
  /** false: the caller knows normalising would change nothing (phrase-table.ts saw no key of it). */
  normalize = true,
): RangeConverter {
  const { normalization, segmentation, chain } = viewsOf(config, tries);
  const bounds: number[] = []; // reused: conversions are synchronous
  const [first, ...rest] = chain;

  // Both read text[start, end) in place: a phrase table hands over the pieces between its
  // entries as ranges of the page's text, and slicing each would cost a copy or a new string.
  const convertWhole = (text: string, start: number, end: number): string => {
    text = first.trie.convertRange(text, start, end, first.levels);
    for (const { trie, levels } of rest) text = trie.convertRange(text, 0, text.length, levels);
    return text;
  };

  const convertSegmented = (text: string, start: number, end: number, seg: TrieView): string => {
    bounds.length = 0;
    seg.trie.segmentRange(text, start, end, seg.levels, bounds);
    let out = '';
    for (let k = 0; k < bounds.length; k += 2) {
      let piece = first.trie.convertRange(text, bounds[k], bounds[k + 1], first.levels);
      for (const { trie, levels } of rest) piece = trie.convertRange(piece, 0, piece.length, levels);
      out += piece;
    }
    return out;
  };

  const convertText = (text: string, start: number, end: number) =>
    segmentation ? convertSegmented(text, start, end, segmentation) : convertWhole(text, start, end);

  return normalize
    ? (s, start, end) => {
        const text = normalization.convertRange(s, start, end);
        return convertText(text, 0, text.length);
      }
    : convertText;
}

/**
 * The config without its normalising step, when it is a single trie (no segmentation, one chain
 * group: Traditional -> Simplified, Simplified -> OpenCC Traditional): a phrase table can then
 * run its scan and the conversion in one pass (phrase-table.ts).
 */
export function singleStepOf(config: DirectionConfig, tries: ReadonlyMap<TrieId, FlatTrie>): SingleStep | undefined {
  const { segmentation, chain } = viewsOf(config, tries);
  return segmentation || chain.length !== 1 ? undefined : chain[0];
}
