// The user's phrase table: source -> replacement, matched longest first on the
// input as written, before any dictionary. Text between two user phrases is
// converted on its own, so no dictionary phrase can straddle a user phrase.
import { FlatTrie } from './flat-trie.ts';
import type { RangeConverter } from './pipeline.ts';

export function withPhraseTable(phrases: Readonly<Record<string, string>>, convertRange: RangeConverter): RangeConverter {
  const entries = Object.entries(phrases).filter(([source]) => source.length > 0);
  if (entries.length === 0) return convertRange;
  const table = FlatTrie.fromPairs(entries);
  const bounds: number[] = [];
  return (s, start, end) => {
    bounds.length = 0;
    table.segmentRange(s, start, end, 1, bounds);
    let out = '';
    for (let k = 0; k < bounds.length; k += 2) {
      const from = bounds[k];
      const to = bounds[k + 1];
      const replacement = table.lookup(s, from, to);
      out += replacement ?? convertRange(s, from, to);
    }
    return out;
  };
}
