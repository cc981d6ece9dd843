// Search folding: text and queries reduced to one form, so 经济 finds 經濟 and 裡/裏/里 meet.
// The project's own converter machinery (flat tries and the opencc-js-exact pipeline) over
// three character tables, bundled statically so that folding is synchronous: Taiwan and Hong
// Kong variant forms go to their standard form, then everything to Simplified. Character by
// character, no phrase tables: a query matches wherever its characters occur, whatever words
// the text happened to be segmented into.
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { DictName } from './dictionaries.ts';
import type { DirectionConfig } from './directions.ts';
import { FlatTrie } from './flat-trie.ts';
import { buildPipeline, type RangeConverter } from './pipeline.ts';
import { trieId, trieListsOf } from './trie-units.ts';

/** As opencc-js ConverterFactory([TWVariantsRev, HKVariantsRev], [TSCharacters]). */
const SEARCH_FOLD: DirectionConfig = { normalization: [], chain: [['TWVariantsRev', 'HKVariantsRev'], ['TSCharacters']] };
const TABLES: Partial<Record<DictName, string>> = { TWVariantsRev, HKVariantsRev, TSCharacters };

let toSimplified: RangeConverter | undefined;

function buildFold(): RangeConverter {
  const tries = new Map(trieListsOf(SEARCH_FOLD).map((names) => [trieId(names), FlatTrie.fromDictionaries(names.map((name) => TABLES[name]!))]));
  return buildPipeline(SEARCH_FOLD, tries);
}

/** NFKC, lower case, Simplified, one space for any run of white space. */
export function foldForSearch(text: string): string {
  toSimplified ??= buildFold();
  const normal = text.normalize('NFKC').toLowerCase();
  return toSimplified(normal, 0, normal.length).replace(/\s+/g, ' ');
}

/** True when every whitespace-separated term of the query occurs in the folded text. */
export function matchesFolded(folded: string, query: string): boolean {
  const terms = foldForSearch(query).split(' ').filter(Boolean);
  return terms.length > 0 && terms.every((term) => folded.includes(term));
}
