// Search folding: both the index and the query are reduced to one form, so 经济 finds 經濟
// and 裡/裏/里 meet. Character by character (no phrase tables): a query matches wherever its
// characters occur, whatever words the article happened to be segmented into.
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';

let toSimplified: ((text: string) => string) | undefined;

export function foldForSearch(text: string): string {
  toSimplified ??= ConverterFactory([TWVariantsRev, HKVariantsRev], [TSCharacters]);
  return toSimplified(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ');
}

/** True when every whitespace-separated term of the query occurs in the folded text. */
export function matchesFolded(folded: string, query: string): boolean {
  const terms = foldForSearch(query).split(' ').filter(Boolean);
  return terms.length > 0 && terms.every((term) => folded.includes(term));
}
