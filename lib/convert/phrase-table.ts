// The user's phrase table: source -> replacement, matched longest first on the input as
// written, before any dictionary. Text between two user phrases is converted on its own, so
// no dictionary phrase can straddle a user phrase. A protected phrase is an entry mapped to
// itself (lib/settings/phrases.ts).
//
// Speed: a reader's table may hold 10,000 entries, and the scan runs over every character of
// the page. A bitset of each entry's first two units rejects almost every position with two
// array reads; at the rare candidates, the entries starting with those two units (longest
// first) are compared in place.
import type { RangeConverter } from './pipeline.ts';
import { unmatchedLength } from './unmatched-length.ts';

const BIGRAM_BITS = 21;
const BIGRAM_MASK = (1 << BIGRAM_BITS) - 1;

/** Cheap on purpose (it runs for every character): Han units differ in their low bits. */
const bigramHash = (first: number, second: number) => ((first << 11) ^ second) & BIGRAM_MASK;

interface Index {
  /** firsts[unit]: 2 when an entry is that one unit, 1 when longer entries start with it, 0 otherwise. */
  firsts: Uint8Array;
  /** A bitset over bigramHash of every entry's first two units. */
  bigrams: Int32Array;
  /** Entries by their first two units (first unit alone where a one-unit entry exists), longest first. */
  starting: Map<number, string[]>;
}

function buildIndex(sources: readonly string[]): Index {
  const firsts = new Uint8Array(0x10000);
  const bigrams = new Int32Array(1 << (BIGRAM_BITS - 5)); // 256 KB: stays in cache
  for (const source of sources) if (source.length === 1) firsts[source.charCodeAt(0)] = 2;
  const starting = new Map<number, string[]>();
  for (const source of sources) {
    const first = source.charCodeAt(0);
    let key = first;
    if (firsts[first] !== 2) {
      firsts[first] = 1;
      const hash = bigramHash(first, source.charCodeAt(1));
      bigrams[hash >>> 5] |= 1 << (hash & 31);
      key = 0x10000 + first * 0x10000 + source.charCodeAt(1);
    }
    const list = starting.get(key);
    if (list) list.push(source);
    else starting.set(key, [source]);
  }
  for (const list of starting.values()) list.sort((a, b) => b.length - a.length);
  return { firsts, bigrams, starting };
}

/**
 * `convertNormalized` (optional) converts text that holds no key of the normalising dictionary
 * (CJK compatibility ideographs: U+F900-U+FAFF and U+2F800-U+2FA1F, all 1,002 of opencc-js's,
 * checked by tests/unit/convert/phrases.test.ts); the scan looks for them on its way, so such
 * text skips that pass: the table's own scan takes its place.
 */
export function withPhraseTable(
  phrases: Readonly<Record<string, string>>,
  convertRange: RangeConverter,
  convertNormalized: RangeConverter = convertRange,
): RangeConverter {
  const table = new Map(Object.entries(phrases).filter(([source]) => source.length > 0));
  if (table.size === 0) return convertRange;
  const index = buildIndex([...table.keys()]);
  const found: number[] = []; // reused: conversions are synchronous

  return (s, start, end) => {
    found.length = 0;
    const convert = findEntries(s, start, end, found, index) ? convertRange : convertNormalized;
    if (found.length === 0) return convert(s, start, end);
    const replacements: string[] = [];
    for (let k = 0; k < found.length; k += 2) replacements.push(table.get(s.slice(found[k], found[k + 1]))!);
    const mark = markAbsentFrom(s, start, end);
    return mark ? convertMarked(s, start, end, found, replacements, mark, convert) : convertPieces(s, start, end, found, replacements, convert);
  };
}

/** End of the longest of `candidates` found at s[i...] within `end`, or -1. */
function longestAt(s: string, i: number, end: number, candidates: string[] | undefined): number {
  if (!candidates) return -1;
  for (const source of candidates) if (source.length <= end - i && s.startsWith(source, i)) return i + source.length;
  return -1;
}

/**
 * [from, to) of every entry found in s[start, end), longest first, left to right. Returns
 * whether the text between entries may hold a compatibility ideograph (then it needs the
 * normalising pass).
 */
function findEntries(s: string, start: number, end: number, found: number[], { firsts, bigrams, starting }: Index): boolean {
  let compat = false;
  let i = start;
  let unit = i < end ? s.charCodeAt(i) : 0;
  while (i < end) {
    const next = i + 1 < end ? s.charCodeAt(i + 1) : 0;
    const first = firsts[unit];
    let matched = -1;
    if (first === 2) matched = longestAt(s, i, end, starting.get(unit));
    else if (first === 1 && i + 1 < end) {
      const hash = bigramHash(unit, next);
      if (bigrams[hash >>> 5] & (1 << (hash & 31))) matched = longestAt(s, i, end, starting.get(0x10000 + unit * 0x10000 + next));
    }
    if (matched >= 0) {
      found.push(i, matched);
      i = matched;
      unit = i < end ? s.charCodeAt(i) : 0;
    } else if (unit < 0x2ff0 || (unit > 0x2fff && (unit < 0xd800 || unit > 0xdbff))) {
      // Not an IDS operator nor a lead surrogate (nearly always): one unit on.
      if (unit >= 0xf900 && unit <= 0xfaff) compat = true;
      i += 1;
      unit = next;
    } else {
      // U+2F800-U+2FA1F lead with 0xD87E; an IDS sequence is skipped unread, so assume the worst.
      if (unit === 0xd87e || (unit >= 0x2ff0 && unit <= 0x2fff)) compat = true;
      i += unmatchedLength(s, i, end);
      unit = i < end ? s.charCodeAt(i) : 0;
    }
  }
  return compat;
}

/**
 * Noncharacters (U+FDD0..U+FDEF) never stand in text and are in no dictionary: one of them in
 * place of each entry stops dictionary phrases at the entry exactly as converting the pieces
 * between entries one by one would, in a single conversion of the whole text.
 */
function markAbsentFrom(s: string, start: number, end: number): string | null {
  const range = start === 0 && end === s.length ? s : s.slice(start, end);
  for (let code = 0xfdd0; code <= 0xfdef; code++) {
    const mark = String.fromCharCode(code);
    if (!range.includes(mark)) return mark;
  }
  return null;
}

function convertMarked(s: string, start: number, end: number, found: number[], replacements: string[], mark: string, convertRange: RangeConverter): string {
  let marked = '';
  let copied = start;
  for (let k = 0; k < found.length; k += 2) {
    marked += s.slice(copied, found[k]) + mark;
    copied = found[k + 1];
  }
  marked += s.slice(copied, end);
  const converted = convertRange(marked, 0, marked.length);
  let out = '';
  let from = 0;
  for (let k = 0; k < replacements.length; k++) {
    const at = converted.indexOf(mark, from);
    if (at < 0) return convertPieces(s, start, end, found, replacements, convertRange); // a dictionary ate the mark
    out += converted.slice(from, at) + replacements[k];
    from = at + 1;
  }
  return out + converted.slice(from);
}

function convertPieces(s: string, start: number, end: number, found: number[], replacements: string[], convertRange: RangeConverter): string {
  let out = '';
  let copied = start;
  for (let k = 0; k < found.length; k += 2) {
    if (copied < found[k]) out += convertRange(s, copied, found[k]);
    out += replacements[k >> 1];
    copied = found[k + 1];
  }
  return copied < end ? out + convertRange(s, copied, end) : out;
}
