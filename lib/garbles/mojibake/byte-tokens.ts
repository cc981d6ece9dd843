// Decoders that keep track of where each character came from, so a reversal can be applied to
// the valid stretches of a run and the rest left alone. `cp` is the code point, or -1 for bytes
// the decoder rejects (WHATWG's "maximal subpart": the offending byte starts the next token).
import { gbkUnitOf } from '@/lib/codec/gbk';
import { legacyTable } from '@/lib/codec/legacy-tables';

export interface ByteToken {
  start: number;
  end: number;
  cp: number;
  /** A byte the text had lost was put back to read this character (see `droppedBytes`). */
  guessed?: boolean;
  /** For a character missing a byte: the common characters it could be (cp is then -1 until one is chosen). */
  candidates?: number[];
}

/**
 * @param droppedBytes bytes the wrong decoding could not represent and so dropped (windows-1252
 *   has no 0x81 0x8D 0x8F 0x90 0x9D): where a character lacks one continuation byte, each is
 *   tried; the common characters that result become the token's candidates.
 * @param commonness ranks a candidate (0 = not common): only the best-ranked ones are kept.
 */
export function decodeUtf8Tokens(
  bytes: Uint8Array,
  droppedBytes: readonly number[] = [],
  commonness: (cp: number) => number = () => 0,
): ByteToken[] {
  const tokens: ByteToken[] = [];
  let i = 0;
  while (i < bytes.length) {
    const start = i;
    const b = bytes[i++];
    if (b < 0x80) {
      tokens.push({ start, end: i, cp: b });
      continue;
    }
    if (droppedBytes.length && b >= 0xe0 && b <= 0xef) {
      const guess = guessDropped(bytes, start, droppedBytes, commonness);
      if (guess) {
        tokens.push(guess);
        i = guess.end;
        continue;
      }
    }
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) [need, cp] = [1, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) {
      [need, cp] = [2, b & 0x0f];
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      [need, cp] = [3, b & 0x07];
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0;
    for (let k = 0; k < need; k++) {
      const c = bytes[i];
      if (i >= bytes.length || c < lo || c > hi) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
      i++;
      lo = 0x80;
      hi = 0xbf;
    }
    tokens.push({ start, end: i, cp: ok ? cp : -1 });
  }
  return tokens;
}

/** A three-byte sequence at `start` missing exactly one continuation byte, with its candidates. */
function guessDropped(bytes: Uint8Array, start: number, dropped: readonly number[], commonness: (cp: number) => number): ByteToken | undefined {
  const isCont = (k: number) => k < bytes.length && bytes[k] >= 0x80 && bytes[k] <= 0xbf;
  if (isCont(start + 1) && isCont(start + 2)) return undefined; // complete: nothing was dropped
  if (!isCont(start + 1)) return undefined; // two bytes missing: too many candidates
  const present = bytes[start + 1];
  let best = 0;
  let candidates: number[] = [];
  for (const [c1, c2] of dropped.flatMap((d) => [[d, present], [present, d]])) {
    const cp = ((bytes[start] & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
    const rank = cp >= 0x800 ? commonness(cp) : 0;
    if (rank > best) [best, candidates] = [rank, [cp]];
    else if (rank === best && rank > 0 && !candidates.includes(cp)) candidates.push(cp);
  }
  if (!candidates.length) return undefined;
  const token: ByteToken = { start, end: start + 2, cp: -1, guessed: true, candidates };
  if (candidates.length === 1) token.cp = candidates[0];
  return token;
}

export function decodeGbkTokens(bytes: Uint8Array): ByteToken[] {
  const tokens: ByteToken[] = [];
  let i = 0;
  while (i < bytes.length) {
    const start = i;
    const b = bytes[i++];
    if (b < 0x80) tokens.push({ start, end: i, cp: b });
    else if (b === 0x80) tokens.push({ start, end: i, cp: 0x20ac });
    else if (b === 0xff || i >= bytes.length) tokens.push({ start, end: i, cp: -1 });
    else {
      const trail = bytes[i];
      const unit = gbkUnitOf((b << 8) | trail);
      // Private-use codes are GBK's user area: real text never has them, so a pair that lands
      // there is misaligned; rereading from the trail byte lets the stream fall back in step.
      if (unit && (unit < 0xe000 || unit > 0xf8ff)) tokens.push({ start, end: ++i, cp: unit });
      else if (unit) tokens.push({ start, end: i, cp: -1 });
      else if (trail < 0x80) tokens.push({ start, end: i, cp: -1 }); // ASCII is reread on its own
      else tokens.push({ start, end: ++i, cp: -1 });
    }
  }
  return tokens;
}

/** Big5 the same way: a lead byte whose pair decodes to nothing is rejected alone, so the stream falls back in step. */
export function decodeBig5Tokens(bytes: Uint8Array): ByteToken[] {
  const table = legacyTable('big5').decodeTable;
  const tokens: ByteToken[] = [];
  let i = 0;
  while (i < bytes.length) {
    const start = i;
    const b = bytes[i++];
    if (b < 0x80) tokens.push({ start, end: i, cp: b });
    else if (b === 0x80 || b === 0xff || i >= bytes.length) tokens.push({ start, end: i, cp: -1 });
    else {
      const unit = table[(b << 8) | bytes[i]];
      if (unit && (unit < 0xe000 || unit > 0xf8ff)) tokens.push({ start, end: ++i, cp: unit });
      else tokens.push({ start, end: i, cp: -1 });
    }
  }
  return tokens;
}
