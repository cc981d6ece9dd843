// How unlikely each character is in Chinese web text: ftfy's "badness" idea, tuned for GBK/Big5.
// A reversal of mojibake is accepted only when it lowers the total cost clearly.
// Tables come from the platform's TextDecoder (frequency-ordered GB2312 level 1, Big5 level 1),
// so nothing is shipped (the build writes them ahead for the page: lib/garbles/prebuilt-tables.ts).
import { legacyTable } from '@/lib/codec/legacy-tables';

/** Common Han, CJK punctuation, ASCII: what clean Chinese text is made of. */
export const COST_COMMON = 0;
/** Less common Han (GB2312 level 2, Big5 level 2), Latin-1 letters. */
export const COST_UNCOMMON = 1;
/** Kana, box drawing, Greek, Cyrillic, symbols, half-width forms, ideographs outside GB2312 and Big5. */
export const COST_ODD = 2;
/** Private use, U+FFFD, control characters: never in clean text. */
export const COST_BROKEN = 5;

let table: Uint8Array | undefined;

/** Takes a table built ahead (lib/garbles/prebuilt-tables.ts) instead of building one. */
export function adoptCharCosts(prebuilt: Uint8Array): void {
  table = prebuilt;
}

export function charCosts(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(0x10000).fill(COST_ODD);
  const t = table;
  const fill = (lo: number, hi: number, cost: number) => t.fill(cost, lo, hi + 1);
  fill(0x20, 0x7e, COST_COMMON);
  t[0x09] = t[0x0a] = t[0x0d] = COST_COMMON;
  fill(0x00, 0x08, COST_BROKEN);
  fill(0x0e, 0x1f, COST_BROKEN);
  fill(0x7f, 0x9f, COST_BROKEN);
  fill(0xa0, 0x24f, COST_UNCOMMON); // Latin-1 and Latin Extended: legitimate in mixed text
  fill(0x4e00, 0x9fff, COST_ODD); // GBK's and Unicode's rarer ideographs: where mojibake lands
  fill(0xe000, 0xf8ff, COST_BROKEN);
  fill(0xd800, 0xdfff, COST_UNCOMMON); // astral characters: judged as one unit elsewhere would cost more than it helps
  t[0xfffd] = COST_ODD; // as the reversal counts the U+FFFD it writes: a lost byte, not a broken text
  // Punctuation Chinese text really uses.
  for (const c of '，。、；：？！“”‘’《》（）「」『』【】〈〉…—·～　％＋－＝／＠＃＆＊') t[c.charCodeAt(0)] = COST_COMMON;
  fill(0xff10, 0xff19, COST_COMMON); // full-width digits
  fill(0xff21, 0xff3a, COST_COMMON);
  fill(0xff41, 0xff5a, COST_COMMON);
  for (const c of '°×÷±') t[c.charCodeAt(0)] = COST_COMMON;
  markCharset(t, COST_UNCOMMON, [
    ['gbk', 0xd8, 0xf7, [[0xa1, 0xfe]]], // GB2312 level 2
    ['big5', 0xc9, 0xf9, [[0x40, 0x7e], [0xa1, 0xfe]]], // Big5 level 2
  ]);
  markCharset(t, COST_COMMON, [
    ['gbk', 0xa1, 0xa1, [[0xa1, 0xfe]]], // GB2312 row 1: the punctuation and symbols Chinese text uses
    ['gbk', 0xb0, 0xd7, [[0xa1, 0xfe]]], // GB2312 level 1: 3,755 most frequent Simplified characters
    // Big5 level 1, A440-C67E: 5,401 frequent Traditional characters. Not C6A1-C6FE: browsers
    // decode the ETEN row there (①, radicals, kana), which no frequent-character list holds; read as
    // common, kana let a "reversal" of clean Cantonese text win (孖王菀之 -> 捎王踐ぇ, on hk-headline).
    ['big5', 0xa4, 0xc5, [[0x40, 0x7e], [0xa1, 0xfe]]],
    ['big5', 0xc6, 0xc6, [[0x40, 0x7e]]],
  ]);
  return t;
}

type CharsetRange = ['gbk' | 'big5', number, number, [number, number][]];

function markCharset(t: Uint8Array, cost: number, ranges: CharsetRange[]): void {
  // Through the engine's legacy tables, not TextDecoder: Node's Big5 decoder is ICU's, which
  // lacks the rows browsers decode (C6A1-C8FE), so a table built in Node would not be the page's.
  for (const [charset, leadLo, leadHi, trails] of ranges) {
    const table = legacyTable(charset);
    for (let lead = leadLo; lead <= leadHi; lead++)
      for (const [lo, hi] of trails)
        for (let trail = lo; trail <= hi; trail++) {
          const unit = table.unitOf((lead << 8) | trail);
          if (unit >= 0x80 && unit !== 0xfffd) t[unit] = cost;
        }
  }
}

let commonIn: Uint8Array | undefined;

/**
 * 2 for a character common in both scripts' charsets (GB2312 level 1 and Big5 level 1), 1 for
 * one of them, 0 otherwise: ranks the candidates for a byte that was lost.
 */
export function commonness(cp: number): number {
  if (!commonIn) {
    const gb = new Uint8Array(0x10000);
    const big5 = new Uint8Array(0x10000);
    markCharset(gb, 1, [['gbk', 0xb0, 0xd7, [[0xa1, 0xfe]]]]);
    markCharset(big5, 1, [['big5', 0xa4, 0xc5, [[0x40, 0x7e], [0xa1, 0xfe]]], ['big5', 0xc6, 0xc6, [[0x40, 0x7e]]]]);
    for (let i = 0; i < 0x10000; i++) gb[i] += big5[i];
    commonIn = gb;
  }
  return cp <= 0xffff ? commonIn[cp] : 0;
}

/** Total cost of text[start, end). */
export function textCost(text: string, start = 0, end = text.length): number {
  const costs = charCosts();
  let cost = 0;
  for (let i = start; i < end; i++) cost += costs[text.charCodeAt(i)];
  return cost;
}
