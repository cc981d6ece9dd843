// Step 4 (and 5) of the byte-level repair: decode the rebuilt GBK bytes. Runs that a split
// annotation knocked out of step realign by themselves; a lead byte left without its trail
// (the transcoder dropped trail + the next ASCII byte and wrote one '?') gets its most likely
// character and is reported.
import { chooseLostTrail, type LossContext } from './candidates';
import type { PageStats } from './page-stats';
import { gbkDecodeTable, isLeadByte, isTrailByte } from '@/lib/codec/gbk';

export interface LostByteSpan {
  /** Offsets into the decoded string. */
  start: number;
  end: number;
  note: string;
  /** How sure the character put there is (0..1). */
  confidence?: number;
}

export interface DecodedBytes {
  text: string;
  lost: LostByteSpan[];
}

const utf16 = new TextDecoder('utf-16le');

/**
 * @param before the text written before these bytes (its end is enough): the context of a loss
 *   at their start, where a character outside GBK cut the bytes (`節 9.9`, with a no-break space).
 * @param putBack byte offsets of lead bytes put back (a '(' came after them), with the confidence
 *   of their choice: the characters made by a close choice are reported.
 * @param annotated whether the page annotates a code: such a character cannot be the one whose
 *   trail byte was lost, unless an annotation came between its two bytes (see chooseLostTrail).
 */
export function decodeRebuilt(
  bytes: Uint8Array,
  length: number,
  page: PageStats,
  before: string,
  putBack?: ReadonlyMap<number, number>,
  annotated?: (code: number) => boolean,
): DecodedBytes {
  const table = gbkDecodeTable();
  const units = new Uint16Array(length + 1);
  const lost: LostByteSpan[] = [];
  let n = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b < 0x80) units[n++] = b;
    else if (b === 0x80) units[n++] = 0x20ac;
    else if (isLeadByte(b) && i + 1 < length && isTrailByte(bytes[i + 1]) && table[(b << 8) | bytes[i + 1]]) {
      const confidence = putBack?.get(i) ?? putBack?.get(i + 1);
      if (confidence !== undefined && confidence < DOUBTFUL) lost.push({ start: n, end: n + 1, note: PUT_BACK, confidence });
      units[n++] = table[(b << 8) | bytes[++i]];
    } else if (isLeadByte(b)) {
      // The '?' the transcoder wrote stood for the trail byte and the ASCII byte after it.
      const questionMark = i + 1 < length && bytes[i + 1] === 0x3f;
      const resumes = i + (questionMark ? 2 : 1); // where the bytes are in step again
      const context: LossContext = {
        previous: n ? units[n - 1] : before.charCodeAt(before.length - 1) || 0,
        next: questionMark ? 0 : unitAt(bytes, i + 1, length, table),
        unclosed: (opener) => unclosedBefore(backwards(units, n, before), opener),
        closedAfter: (closer, opener) => closedAhead(bytes, resumes, length, table, closer, opener),
        // A lead byte that was put back had an annotation after it: the trail came later, unmatched.
        annotated: putBack?.has(i) ? undefined : annotated,
      };
      const { code, confidence } = chooseLostTrail(b, context, page);
      const start = n;
      units[n++] = code < 0 ? 0xfffd : table[code];
      if (questionMark) i++;
      if (questionMark) {
        const ascii = guessLostAscii(bytes, i + 1, length, units[n - 1], page, openParenthesisBefore(backwards(units, n, before)));
        if (ascii) units[n++] = ascii;
      }
      lost.push({
        start,
        end: n,
        note: questionMark ? 'trail byte and the ASCII character after it were lost; the character is a guess' : 'trail byte lost; the character is a guess',
        confidence,
      });
    } else units[n++] = 0xfffd; // 0xFF: never written by a GBK encoder
  }
  return { text: utf16.decode(units.subarray(0, n)), lost };
}

/** Below this confidence a lead byte put back is reported with the character it made. */
const DOUBTFUL = 0.8;

const PUT_BACK = 'a lead byte lost upstream was put back: one of several characters read that way';

/** The character the bytes at `at` start with (0 if none). */
function unitAt(bytes: Uint8Array, at: number, length: number, table: Uint16Array): number {
  if (at >= length) return 0;
  const b = bytes[at];
  if (b < 0x80) return b;
  return at + 1 < length ? table[(b << 8) | bytes[at + 1]] : 0;
}

/**
 * The ASCII byte lost with the trail (0 = leave it out). Runs end at the first byte below 0x40, so
 * the lost byte is one of those: a newline, a space, punctuation. The page says which it likely
 * was: how often it follows the character just put back (型 then a newline), and how often it
 * stands between a Chinese character and the byte that comes next (字型 - 拉丁: a space before
 * "-"; 加密. 會: a full stop before a space). Without such evidence: re-creating the corruption on
 * 1 MB of text, 21 of 26 were newlines and 3 spaces (before Latin words). A ')' closing nothing
 * soon after means it was '('.
 */
function guessLostAscii(bytes: Uint8Array, at: number, length: number, previous: number, page: PageStats, parenthesisOpen: boolean): number {
  if (at >= length) return 0;
  const closedAhead = opensBracket(bytes, at, length);
  if (closedAhead && !parenthesisOpen) return 0x28;
  if (parenthesisOpen && !closedAhead) return 0x29; // `(參見節 9.9, “資料加密提示”)加密`: the ')' went
  const next = unitAt(bytes, at, length, gbkDecodeTable());
  // Printable ASCII right after the loss: what the page puts before it elsewhere (%1$S, not " 1$S").
  const word = asciiWordAt(bytes, at, length);
  const before = word.length >= MIN_ASCII_WORD ? page.unitsBefore(word) : undefined;
  let best = 0;
  let bestScore = 0;
  for (let ascii = 0x09; ascii < 0x40; ascii++) {
    if (ascii === 0x3f || (ascii > 0x0a && ascii < 0x20)) continue; // '?' is what the transcoder writes
    const score = Math.log1p(page.follows(previous, ascii)) + Math.log1p(page.asciiBetween(ascii, next)) + Math.log1p(before?.get(ascii) ?? 0);
    if (score > bestScore) [best, bestScore] = [ascii, score];
  }
  if (best && bestScore >= MIN_ASCII_EVIDENCE) return best;
  const b = bytes[at];
  if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) return 0;
  const alphanumeric = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
  return alphanumeric ? 0x20 : 0x0a;
}

/** Characters of printable ASCII after a loss that say what stood before them (1$S: a '%'). */
const MIN_ASCII_WORD = 2;
const MAX_ASCII_WORD = 4;

/** The printable ASCII (no space) starting at `at`, up to a few characters. */
function asciiWordAt(bytes: Uint8Array, at: number, length: number): string {
  let word = '';
  for (let i = at; i < Math.min(length, at + MAX_ASCII_WORD) && bytes[i] > 0x20 && bytes[i] < 0x7f && bytes[i] !== 0x3f; i++) word += String.fromCharCode(bytes[i]);
  return word;
}

/** Log-counts a guess of the lost ASCII byte needs from the page: a few occurrences around it. */
const MIN_ASCII_EVIDENCE = Math.log1p(2);

/** A ')' closing nothing soon after the loss: the lost ASCII byte was its '('. */
function opensBracket(bytes: Uint8Array, from: number, length: number): boolean {
  for (let i = from; i < Math.min(length, from + 40); i++) {
    const b = bytes[i];
    if (b === 0x29) return true;
    if (b === 0x28 || b === 0x0a) return false;
    if (b >= 0x81) i++;
  }
  return false;
}

/** The units before `end`, last first, then those of the text before the bytes: a few dozen. */
function* backwards(units: Uint16Array, end: number, before: string, limit = 80): Generator<number> {
  for (let i = end - 1; i >= 0 && limit-- > 0; i--) yield units[i];
  for (let i = before.length - 1; i >= 0 && limit-- > 0; i--) yield before.charCodeAt(i);
}

/** An ASCII '(' earlier on the line, not closed since. */
function openParenthesisBefore(back: Iterable<number>): boolean {
  for (const unit of back) {
    if (unit === 0x28) return true;
    if (unit === 0x29 || unit === 0x0a) return false;
  }
  return false;
}

/** `opener` occurs among the last few characters of the line, not closed since. */
function unclosedBefore(back: Iterable<number>, opener: number): boolean {
  let seen = 0;
  for (const unit of back) {
    if (unit === opener) return true;
    if (unit === 0x0a || OPENERS_CLOSED_BY.has(unit) || ++seen >= 40) return false;
  }
  return false;
}

/**
 * Full-width `closer` comes soon after `from` on the same line, before any `opener`: the bytes
 * there are in step again, so they are read as they are.
 */
function closedAhead(bytes: Uint8Array, from: number, length: number, table: Uint16Array, closer: number, opener: number): boolean {
  for (let i = from; i < Math.min(length, from + 80); i++) {
    const b = bytes[i];
    if (b === 0x0a) return false;
    if (b < 0x80 || i + 1 >= length) continue;
    const unit = table[(b << 8) | bytes[++i]];
    if (unit === closer) return true;
    if (unit === opener) return false;
  }
  return false;
}

/** Closing punctuation: meeting one on the way back means any opener before it is closed. */
const OPENERS_CLOSED_BY = new Set([...'》」』）”’】〉'].map((c) => c.charCodeAt(0)));
