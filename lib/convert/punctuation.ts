// Quotes that follow the target: “” ‘’ become 「」 『』 toward Traditional (Taiwan and Hong Kong
// write them so) and come back toward Simplified. Only quotes that enclose or touch CJK text
// change: an English apostrophe (don’t) or quotes around Latin text stay as written, and code
// never reaches here (the page walker skips code and pre).

const OPEN_DOUBLE = '\u201c';
const CLOSE_DOUBLE = '\u201d';
const OPEN_SINGLE = '\u2018';
const CLOSE_SINGLE = '\u2019';
const CURLY = /[\u2018\u2019\u201c\u201d]/;
const CORNER = /[「」『』]/g;
const CORNER_TO_CURLY: Record<string, string> = { '「': OPEN_DOUBLE, '」': CLOSE_DOUBLE, '『': OPEN_SINGLE, '』': CLOSE_SINGLE };
const CURLY_TO_CORNER: Record<string, string> = { [OPEN_DOUBLE]: '「', [CLOSE_DOUBLE]: '」', [OPEN_SINGLE]: '『', [CLOSE_SINGLE]: '』' };

/** Han, kana, bopomofo, CJK and full-width punctuation, and the supplementary ideographs' lead surrogates. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x2fff) ||
    (code >= 0x3000 && code <= 0x31ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd840 && code <= 0xd8bf)
  );
}

const cjkAt = (s: string, i: number) => i >= 0 && i < s.length && isCjk(s.charCodeAt(i));
const hasCjk = (s: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (isCjk(s.charCodeAt(i))) return true;
  return false;
};
const touches = (s: string, i: number) => cjkAt(s, i - 1) || cjkAt(s, i + 1);
const letterAt = (s: string, i: number) => /[\p{L}\p{N}]/u.test(s.charAt(i)) && !cjkAt(s, i);
/** ’ between two letters or digits of a non-CJK script is an apostrophe, never a quote. */
const isApostrophe = (s: string, i: number) => letterAt(s, i - 1) && letterAt(s, i + 1);

/** Marks, in `convert`, the quotes of one kind (double or single) that enclose or touch CJK text. */
function markPairs(s: string, open: string, close: string, convert: boolean[]) {
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === close) {
      if (!isApostrophe(s, i) && touches(s, i)) convert[i] = true;
      i++;
      continue;
    }
    if (c !== open) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < s.length && s[j] !== open && !(s[j] === close && !isApostrophe(s, j))) j++;
    if (j < s.length && s[j] === close) {
      if (hasCjk(s, i + 1, j) || touches(s, i) || touches(s, j)) convert[i] = convert[j] = true;
      i = j + 1;
    } else {
      if (touches(s, i)) convert[i] = true;
      i = j;
    }
  }
}

/** “” ‘’ -> 「」 『』 where they enclose or touch CJK text. */
export function curlyToCorner(s: string): string {
  if (!CURLY.test(s)) return s;
  const convert: boolean[] = new Array(s.length);
  markPairs(s, OPEN_DOUBLE, CLOSE_DOUBLE, convert);
  markPairs(s, OPEN_SINGLE, CLOSE_SINGLE, convert);
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    if (!convert[i]) continue;
    out += s.slice(copied, i) + CURLY_TO_CORNER[s[i]];
    copied = i + 1;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** 「」 『』 -> “” ‘’ (corner brackets are CJK punctuation: they always enclose CJK text). */
export function cornerToCurly(s: string): string {
  return s.replace(CORNER, (c) => CORNER_TO_CURLY[c]);
}
