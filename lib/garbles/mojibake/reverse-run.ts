// Undoing one wrong decoding on one run of text, stretch by stretch: a run often mixes garbled
// characters with clean ones and with characters whose bytes were lost upstream, so only
// stretches that decode cleanly and read better are replaced; bytes left over between them
// become one U+FFFD (they cannot be restored) unless they are whole clean characters.
import { charCosts, textCost } from '@/lib/detect/char-cost';
import { decodeGbkTokens } from './byte-tokens';
import { scriptMarks } from '@/lib/detect/script-classes';
import { chooseCandidates, readsAsText, type LossNote, type Reversal } from './reversal-checks';
import type { MojibakeCodec } from './codec';

export type { LossNote, Reversal };

export interface RunReversal extends Reversal {
  /** Rounds applied (1 = one wrong decoding undone). */
  rounds: number;
}

const MAX_ROUNDS = 4;
const LOST = '\ufffd';

/** One round over a run; characters the wrong charset cannot produce split it into pieces. */
export function reverseOnce(run: string, codec: MojibakeCodec, endsLine = false): Reversal | undefined {
  let text = '';
  let cost = 0;
  let changed = false;
  const lossy: [number, number, LossNote][] = [];
  let start = 0;
  for (let i = 0; i <= run.length; i++) {
    if (i < run.length && codec.codeOf(run.charCodeAt(i)) >= 0) continue;
    if (i > start) {
      const piece = run.slice(start, i);
      const done = reversePiece(piece, codec, endsLine && i === run.length);
      if (done) {
        changed = true;
        for (const [s, e, why] of done.lossy) lossy.push([text.length + s, text.length + e, why]);
        text += done.text;
        cost += done.cost;
      } else {
        text += piece;
        cost += textCost(piece);
      }
    }
    if (i < run.length) {
      text += run[i];
      cost += textCost(run, i, i + 1);
    }
    start = i + 1;
  }
  return changed ? { text, lossy, cost } : undefined;
}

function isOdd(cp: number): boolean {
  return cp > 0xffff || charCosts()[cp] > 0;
}

function reversePiece(run: string, codec: MojibakeCodec, endsLine: boolean): Reversal | undefined {
  const bytes = new Uint8Array(run.length * 2);
  // charAt[b] = index of the character byte b belongs to; boundary[b] = a character starts at b.
  const charAt = new Int32Array(run.length * 2 + 1);
  const boundary = new Uint8Array(run.length * 2 + 1);
  let n = 0;
  for (let i = 0; i < run.length; i++) {
    const code = codec.codeOf(run.charCodeAt(i));
    boundary[n] = 1;
    if (code > 0xff) {
      charAt[n] = i;
      bytes[n++] = code >> 8;
    }
    charAt[n] = i;
    bytes[n++] = code & 0xff;
  }
  boundary[n] = 1;
  charAt[n] = run.length;
  let tokens = codec.decode(bytes.subarray(0, n));
  if (codec.mend && tokens.some((t) => t.cp < 0)) tokens = codec.mend(bytes.subarray(0, n), tokens, boundary);
  const foreign = chooseCandidates(tokens);
  const marks = scriptMarks();
  // Bytes known to hold a lost character (a restoration left with several readings).
  const lostByte = new Uint8Array(n + 1);
  for (const t of tokens) if (t.cp < 0 && t.candidates) lostByte.fill(1, t.start, t.end);

  const out: Reversal = { text: '', lossy: [], cost: 0 };
  let doneByte = 0; // bytes of `run` accounted for
  /** Bytes [doneByte, until) were not decoded: whole clean characters stay, anything else is lost. */
  const gap = (until: number) => {
    if (until <= doneByte) return;
    const from = boundary[doneByte] ? charAt[doneByte] : charAt[doneByte] + 1;
    const to = charAt[until];
    const whole = boundary[doneByte] && boundary[until];
    const piece = run.slice(from, to);
    const pieceCost = textCost(piece);
    // Clean characters stay, unless they sit where a character is known lost, or belong to
    // the other script than the decoded text (鏈 amid Simplified is garble, not text).
    const clean = pieceCost === 0 && !lostByte.subarray(doneByte, until).includes(1) && ![...piece].some((c) => marks[c.charCodeAt(0)] === foreign);
    if (whole && (clean || (!out.text && !lostByte.subarray(doneByte, until).includes(1)))) {
      // Clean characters, or garbled ones before anything decoded: leave them to the caller.
      if (pieceCost > 0) out.lossy.push([out.text.length, out.text.length + piece.length, 'kept']);
      out.text += piece;
      out.cost += pieceCost;
    } else {
      out.lossy.push([out.text.length, out.text.length + 1, 'lost']);
      out.text += LOST;
      out.cost += 2;
    }
    doneByte = until;
  };

  let accepted = 0;
  let t = 0;
  while (t < tokens.length) {
    if (tokens[t].cp < 0) {
      t++;
      continue;
    }
    let end = t;
    while (end < tokens.length && tokens[end].cp >= 0) end++;
    // A stretch that starts or ends inside a character of the run borrowed a byte from it; an
    // uncommon character read there is that neighbour's byte, not part of the garble.
    let a = t;
    let b = end;
    t = end;
    while (a < b && !boundary[tokens[a].start] && isOdd(tokens[a].cp)) a++;
    while (b > a && !boundary[tokens[b - 1].end] && isOdd(tokens[b - 1].cp)) b--;
    if (a === b) continue;
    let decoded = '';
    let nonAscii = false;
    const guessed: number[] = [];
    for (let k = a; k < b; k++) {
      if (tokens[k].guessed) guessed.push(decoded.length);
      decoded += String.fromCodePoint(tokens[k].cp);
      if (tokens[k].cp >= 0x80) nonAscii = true;
    }
    const first = tokens[a].start;
    const last = tokens[b - 1].end;
    // Characters the stretch touches, including ones it shares a byte with.
    const touchedCost = textCost(run, charAt[first], boundary[last] ? charAt[last] : charAt[last] + 1);
    const decodedCost = textCost(decoded);
    if (!nonAscii || decodedCost >= touchedCost) continue;
    gap(first);
    for (const at of guessed) out.lossy.push([out.text.length + at, out.text.length + at + 1, 'guessed']);
    // A continuation byte with no lead right after the stretch: bytes went missing just
    // before it, so the stretch's last character may have been completed with a byte that
    // belonged to the next one (E6 8D [AE E5] BA 93 reads 捺 where 据库 stood).
    const next = tokens[b];
    if (codec.decode !== decodeGbkTokens && next && next.cp < 0 && !next.candidates && bytes[next.start] >= 0x80 && bytes[next.start] <= 0xbf && tokens[b - 1].cp >= 0x800)
      out.lossy.push([out.text.length + decoded.length - 1, out.text.length + decoded.length, 'doubtful']);
    out.text += decoded;
    out.cost += decodedCost;
    doneByte = last;
    accepted++;
  }
  // 。 is E3 80 82: read as GBK at the end of a line, 82 met the line break and was lost,
  // leaving 銆 (E3 80). The full stop is by far the likeliest character there.
  if (endsLine && codec.decode !== decodeGbkTokens && n - doneByte === 2 && bytes[n - 2] === 0xe3 && bytes[n - 1] === 0x80) {
    out.lossy.push([out.text.length, out.text.length + 1, 'guessed']);
    out.text += '。';
    return out;
  }
  if (!accepted) return undefined;
  gap(n);
  return out;
}

/**
 * Repeats the reversal while it changes something (several rounds of the same mistake), and
 * returns the cheapest stage if it is cheaper than the run as it stands (callers decide whether
 * it is better enough: see `isClearlyBetter`).
 */
/** `endsLine`: the run is followed by a line break or the end of the text. */
export function reverseRun(run: string, codec: MojibakeCodec, endsLine = false): RunReversal | undefined {
  const key = codec.kind + (endsLine ? '\u0001' : '\u0000') + run;
  if (failures.has(key)) return undefined;
  const before = textCost(run);
  let best: RunReversal | undefined;
  let current = run;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const next = reverseOnce(current, codec, endsLine);
    if (!next) break;
    const better = next.cost < (best?.cost ?? before);
    if (better) best = { ...next, rounds: round };
    // Text that reads as text is where the rounds end: another one would only garble it.
    if (better && readsAsText(next)) break;
    current = next.text;
  }
  if (!best) remember(key);
  return best;
}

/**
 * Runs that did not reverse, remembered for a while: repair repeats itself until nothing
 * changes (so that a second repair is a no-op), and the garbage it cannot fix comes back each time.
 */
const failures = new Set<string>();
const MAX_FAILURES = 4096;

function remember(key: string): void {
  if (key.length > 4096) return;
  if (failures.size >= MAX_FAILURES) failures.clear();
  failures.add(key);
}
