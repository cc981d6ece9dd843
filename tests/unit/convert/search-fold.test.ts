import { expect, test } from 'vitest';
import fc from 'fast-check';
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { foldForSearch, matchesFolded } from '@/lib/convert/search-fold';
import { corpusFile } from '@/tests/harness/corpus';

test('Simplified and Traditional spellings fold to the same form', () => {
  expect(foldForSearch('經濟')).toBe(foldForSearch('经济'));
  expect(foldForSearch('臺灣 裡面')).toBe(foldForSearch('台湾 里面'));
  expect(foldForSearch('ＡＢＣ Deep')).toBe('abc deep');
});

test('a query in either script finds text in the other', () => {
  const folded = foldForSearch('全球經濟觀察：城市綠道連起百里濱江');
  expect(matchesFolded(folded, '经济')).toBe(true);
  expect(matchesFolded(folded, '绿道 滨江')).toBe(true);
  expect(matchesFolded(folded, '经济 高铁')).toBe(false);
  expect(matchesFolded(folded, '   ')).toBe(false);
});

test('folding is idempotent', () => {
  fc.assert(fc.property(fc.string(), (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s)));
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldForSearch(foldForSearch(s)) === foldForSearch(s)));
});

test('the project converter folds exactly as the opencc-js chain it replaces, on the 1 MB bench files', () => {
  const reference = ConverterFactory([TWVariantsRev, HKVariantsRev], [TSCharacters]);
  for (const name of ['traditional', 'simplified']) {
    const text = corpusFile(`bench/${name}-1m.txt`);
    const expected = reference(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ');
    expect(foldForSearch(text) === expected, name).toBe(true);
  }
  expect(foldForSearch(corpusFile('bench/traditional-1m.txt'))).not.toBe(corpusFile('bench/traditional-1m.txt'));
});
