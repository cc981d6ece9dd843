// Step 4 (and 5) of the byte-level repair: decode the rebuilt GBK bytes. Runs that a split
// annotation knocked out of step realign by themselves; a lead byte left without its trail
// (the transcoder dropped trail + the next ASCII byte and wrote one '?') gets its most likely
// character and is reported.
import { chooseLostTrail } from './candidates';
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
 * @param doubtful byte offsets of lead bytes put back by a close choice, with its confidence:
 *   the characters they are part of are reported.
 */
export function decodeRebuilt(bytes: Uint8Array, length: number, page: PageStats, previous: number, doubtful?: ReadonlyMap<number, number>): DecodedBytes {
  const table = gbkDecodeTable();
  const units = new Uint16Array(length + 1);
  const lost: LostByteSpan[] = [];
  let n = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i];
    if (b < 0x80) units[n++] = b;
    else if (b === 0x80) units[n++] = 0x20ac;
    else if (isLeadByte(b) && i + 1 < length && isTrailByte(bytes[i + 1]) && table[(b << 8) | bytes[i + 1]]) {
      const confidence = doubtful?.get(i) ?? doubtful?.get(i + 1);
      if (confidence !== undefined) lost.push({ start: n, end: n + 1, note: PUT_BACK, confidence });
      units[n++] = table[(b << 8) | bytes[++i]];
    } else if (isLeadByte(b)) {
      // The '?' the transcoder wrote stood for the trail byte and the ASCII byte after it.
      const questionMark = i + 1 < length && bytes[i + 1] === 0x3f;
      const context = { previous: n ? units[n - 1] : previous, next: questionMark ? 0 : unitAt(bytes, i + 1, length, table), unclosed: (opener: number) => unclosedBefore(units, n, opener) };
      const { code, confidence } = chooseLostTrail(b, context, page);
      const start = n;
      units[n++] = code < 0 ? 0xfffd : table[code];
      if (questionMark) i++;
      if (questionMark) {
        const ascii = guessLostAscii(bytes, i + 1, length, units[n - 1], page);
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
function guessLostAscii(bytes: Uint8Array, at: number, length: number, previous: number, page: PageStats): number {
  if (at >= length) return 0;
  if (opensBracket(bytes, at, length)) return 0x28;
  const next = unitAt(bytes, at, length, gbkDecodeTable());
  let best = 0;
  let bestScore = 0;
  for (let ascii = 0x09; ascii < 0x40; ascii++) {
    if (ascii === 0x3f || (ascii > 0x0a && ascii < 0x20)) continue; // '?' is what the transcoder writes
    const score = Math.log1p(page.follows(previous, ascii)) + Math.log1p(page.asciiBetween(ascii, next));
    if (score > bestScore) [best, bestScore] = [ascii, score];
  }
  if (best && bestScore >= MIN_ASCII_EVIDENCE) return best;
  const b = bytes[at];
  if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) return 0;
  const alphanumeric = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a);
  return alphanumeric ? 0x20 : 0x0a;
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

/** `opener` occurs among the last few characters of the line before `end`, not closed since. */
function unclosedBefore(units: Uint16Array, end: number, opener: number): boolean {
  for (let i = end - 1; i >= Math.max(0, end - 40); i--) {
    const unit = units[i];
    if (unit === opener) return true;
    if (unit === 0x0a || (unit !== opener && OPENERS_CLOSED_BY.has(unit))) return false;
  }
  return false;
}

/** Closing punctuation: meeting one on the way back means any opener before it is closed. */
const OPENERS_CLOSED_BY = new Set([...'》」』）”’】〉'].map((c) => c.charCodeAt(0)));
