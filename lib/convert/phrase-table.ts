// The user's phrase table: source -> replacement, matched longest first on the input as
// written, before any dictionary. Text between two user phrases is converted on its own, so
// no dictionary phrase can straddle a user phrase. A protected phrase is an entry mapped to
// itself (lib/settings/phrases.ts).
//
// Speed: a reader's table may hold 10,000 entries, and the scan runs over every character of
// the page. Most characters start some entry but few start one that is there, so a bitset of
// each entry's first two units rejects almost every position with two array reads; only the
// rare candidates walk the table's trie.
import { FlatTrie } from './flat-trie.ts';
import type { RangeConverter } from './pipeline.ts';
import { unmatchedLength } from './unmatched-length.ts';

const BIGRAM_BITS = 21;
const BIGRAM_MASK = (1 << BIGRAM_BITS) - 1;

/** Cheap on purpose (it runs for every character): Han units differ in their low bits. */
const bigramHash = (first: number, second: number) => ((first << 11) ^ second) & BIGRAM_MASK;

export function withPhraseTable(phrases: Readonly<Record<string, string>>, convertRange: RangeConverter): RangeConverter {
  const entries = Object.entries(phrases).filter(([source]) => source.length > 0);
  if (entries.length === 0) return convertRange;
  const table = FlatTrie.fromPairs(entries);
  // firsts[unit]: 2 when an entry is that one unit, 1 when entries start with it.
  const firsts = new Uint8Array(0x10000);
  const bigrams = new Int32Array(1 << (BIGRAM_BITS - 5)); // a bitset: 256 KB stays in cache
  for (const [source] of entries) {
    const first = source.charCodeAt(0);
    if (source.length === 1) firsts[first] = 2;
    else {
      firsts[first] ||= 1;
      const hash = bigramHash(first, source.charCodeAt(1));
      bigrams[hash >>> 5] |= 1 << (hash & 31);
    }
  }

  const found: number[] = []; // reused: conversions are synchronous

  return (s, start, end) => {
    found.length = 0;
    findEntries(s, start, end, found, firsts, bigrams, table);
    if (found.length === 0) return convertRange(s, start, end);
    const replacements: string[] = [];
    for (let k = 0; k < found.length; k += 2) replacements.push(table.lookup(s, found[k], found[k + 1])!);
    const mark = markAbsentFrom(s, start, end);
    return mark ? convertMarked(s, start, end, found, replacements, mark, convertRange) : convertPieces(s, start, end, found, replacements, convertRange);
  };
}

/**
 * [from, to) of every entry found in s[start, end), longest first, left to right. A plain
 * function with its tables as parameters: V8 keeps them in registers through the loop.
 */
function findEntries(s: string, start: number, end: number, found: number[], firsts: Uint8Array, bigrams: Int32Array, table: FlatTrie) {
  let i = start;
  let unit = i < end ? s.charCodeAt(i) : 0;
  while (i < end) {
    const next = i + 1 < end ? s.charCodeAt(i + 1) : 0;
    const first = firsts[unit];
    let matched = -1;
    if (first === 2) matched = table.longestMatchEnd(s, i, end);
    else if (first === 1 && i + 1 < end) {
      const hash = bigramHash(unit, next);
      if (bigrams[hash >>> 5] & (1 << (hash & 31))) matched = table.longestMatchEnd(s, i, end);
    }
    if (matched >= 0) {
      found.push(i, matched);
      i = matched;
      unit = i < end ? s.charCodeAt(i) : 0;
    } else if (unit < 0x2ff0 || (unit > 0x2fff && (unit < 0xd800 || unit > 0xdbff))) {
      // Not an IDS operator nor a lead surrogate (nearly always): one unit on.
      i += 1;
      unit = next;
    } else {
      i += unmatchedLength(s, i, end);
      unit = i < end ? s.charCodeAt(i) : 0;
    }
  }
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
