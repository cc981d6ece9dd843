// How unlikely a character is in Hong Kong text, for choosing where a lost lead byte goes: the
// misaligned characters a lost byte makes are spread over all of Big5, while the text it hid is
// mostly Big5 level 1 and Cantonese. Lower is better.
import { legacyTable } from '@/lib/codec/legacy-tables';
import { wordModel } from '@/lib/detect/word-model';
import { CANTONESE_CHARACTERS } from './cantonese';

const COMMON = 1;
const SYMBOL = 2;
const LEVEL_2 = 4;
const RARE = 6;
/** A character that is no text: U+FFFD, private use. */
const BROKEN = 10;
/** An ASCII letter or symbol standing alone between Han characters. */
export const STRAY_ASCII = 4;
/** A pair of characters that stand together in a known word. */
const WORD_BONUS = 1.5;

let costs: Uint8Array | undefined;

function costTable(): Uint8Array {
  if (costs) return costs;
  const table = new Uint8Array(0x10000).fill(RARE);
  const big5 = legacyTable('big5');
  for (const code of big5.codes) {
    const lead = code >> 8;
    const unit = big5.unitOf(code);
    if (lead >= 0xa1 && lead <= 0xa3) table[unit] = SYMBOL;
    else if (code >= 0xa440 && code <= 0xc67e) table[unit] = COMMON;
    else if (code >= 0xc940 && code <= 0xf9d5) table[unit] = LEVEL_2;
  }
  for (const c of CANTONESE_CHARACTERS) table[c.charCodeAt(0)] = COMMON;
  for (const c of '，。、；：？！「」『』（）《》…') table[c.charCodeAt(0)] = COMMON;
  table[0xfffd] = BROKEN;
  table.fill(BROKEN, 0xe000, 0xf900);
  return (costs = table);
}

let cantonese: Set<number> | undefined;

export function isCantonese(unit: number): boolean {
  cantonese ??= new Set([...CANTONESE_CHARACTERS].map((c) => c.charCodeAt(0)));
  return cantonese.has(unit);
}

/** The cost of one character. */
export function charCost(unit: number): number {
  return unit < 0x80 ? STRAY_ASCII : costTable()[unit];
}

/** What standing together in a known word takes off a pair's cost. */
export function pairBonus(first: number, second: number): number {
  return wordModel()?.pairs(first, second) ? WORD_BONUS : 0;
}

/** The cost of a stretch of text, less a bonus for each pair the word model knows. */
export function textCost(text: string): number {
  let cost = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    cost += charCost(unit);
    if (i > 0) cost -= pairBonus(text.charCodeAt(i - 1), unit);
  }
  return cost;
}
