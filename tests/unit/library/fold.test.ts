import { expect, test } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, matchesFolded } from '@/lib/library/fold';

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
});
