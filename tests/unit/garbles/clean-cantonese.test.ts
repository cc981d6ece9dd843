// Clean Hong Kong text with rare characters in a name is not mojibake. Found on a real page
// (hk-headline): a line naming a singer, 孖 ("with") and 菀 among common characters, was
// "reversed" as GBK read as Big5 into 捎王踐ぇ, because browsers decode kana in Big5's C6A1-C6FE
// row and that row was counted among the frequent characters. The sentences here are our own.
import { expect, test } from 'vitest';
import { detectGarbles, repairText } from '@/lib/engine';

const CLEAN = [
  'Lily孖王菀之合唱有壓力',
  'Joey孖王菀之今晚合唱',
  'Serena孖王菀之合唱很緊張',
];

test.each(CLEAN)('%s is left exactly as it is, and no garble is reported', (text) => {
  expect(detectGarbles(text)).toEqual([]);
  expect(repairText(text).text).toBe(text);
});
