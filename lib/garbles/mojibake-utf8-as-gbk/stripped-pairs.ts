// UTF-8 read as GBK/GB18030 turns some byte pairs into private-use characters (GBK's user
// area: AA-AF A1-FE, e.g. AE E5 -> U+E1xx), and sanitizers strip those, so two bytes vanish
// from the stream: 数据库 (E6 8D AE E5 BA 93) comes back as E6 8D BA 93, which reads 捺 and a
// stray byte. Where a decode fails, the pair is put back. It was a whole GBK character, so it
// stood at a character boundary q of the garbled run, and its first byte X (AA-AF) continues a
// UTF-8 character. Two shapes are possible:
//   1. [lead][X Y]        X and Y are the 2nd and 3rd bytes of one character;
//   2. [lead cont][X] [Y][cont cont]   X ends one character, Y starts the next.
// Each missing byte is tried over its range; a character keeps the readings that are common
// and fit the run's script (one reading: restored; several: left for the caller to mark lost).
import type { ByteToken } from '@/lib/garbles/mojibake/byte-tokens';
import { foreignScriptMark, scriptMarks } from '@/lib/detect/script-classes';

const X_BYTES = [0xaa, 0xab, 0xac, 0xad, 0xae, 0xaf];
const CONTINUATIONS = Array.from({ length: 0xbf - 0xa1 + 1 }, (_, i) => 0xa1 + i);
const LEADS = [0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xef];
/** Repairs tried per piece: each is cheap, but a page of noise must stay cheap too. */
const MAX_ATTEMPTS = 64;

const isCont = (b: number) => b >= 0x80 && b <= 0xbf;
const isLead3 = (b: number) => b >= 0xe0 && b <= 0xef;
const cp3 = (a: number, b: number, c: number) => ((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f);

interface Restoration {
  from: number;
  end: number;
  tokens: ByteToken[];
}

/**
 * Re-reads `tokens` (UTF-8 tokens of `bytes`) putting back stripped pairs where a decode
 * failed. `boundary[b]` says a character of the garbled run starts at byte b.
 */
export function restoreStrippedPairs(
  bytes: Uint8Array,
  tokens: ByteToken[],
  boundary: Uint8Array,
  isCommon: (cp: number) => boolean,
): ByteToken[] {
  const fits = fitsScript(tokens, isCommon);
  const out: ByteToken[] = [];
  let attempts = 0;
  for (let i = 0; i < tokens.length; i++) {
    const failed = tokens[i];
    if (failed.cp >= 0 || attempts >= MAX_ATTEMPTS) {
      out.push(failed);
      continue;
    }
    attempts++;
    const restored = restoreAt(bytes, failed, boundary, fits);
    // The restored stretch must start where kept tokens end and end where an original token starts.
    const keep = restored ? out.filter((t) => t.end <= restored.from) : out;
    const rest = restored ? tokens.findIndex((t) => t.start >= restored.end) : -1;
    const resumes = restored && (rest < 0 ? restored.end === bytes.length : tokens[rest].start === restored.end);
    if (!restored || !resumes || keep.at(-1)?.end !== restored.from && !(keep.length === 0 && restored.from === 0) || rest < 0 && !resumes) {
      out.push(failed);
      continue;
    }
    out.length = keep.length;
    out.push(...restored.tokens);
    i = (rest < 0 ? tokens.length : rest) - 1;
  }
  return out;
}

function restoreAt(bytes: Uint8Array, failed: ByteToken, boundary: Uint8Array, fits: (cp: number) => boolean): Restoration | undefined {
  const found: Restoration[] = [];
  for (const q of [failed.start - 1, failed.start, failed.end]) {
    if (q < 1 || q > bytes.length || !boundary[q]) continue;
    // Shape 1: [lead][X Y]; the stream goes on at q.
    if (isLead3(bytes[q - 1]) && readsAt(bytes, q)) {
      const readings = readingsOf((x, y) => cp3(bytes[q - 1], x, y), X_BYTES, CONTINUATIONS, fits);
      if (readings.length) found.push({ from: q - 1, end: q, tokens: [token(q - 1, q, readings)] });
    }
    // Shape 2: [lead cont][X] [Y][cont cont]; the stream goes on at q + 2.
    if (q >= 2 && isLead3(bytes[q - 2]) && isCont(bytes[q - 1]) && isCont(bytes[q]) && isCont(bytes[q + 1]) && readsAt(bytes, q + 2)) {
      const first = readingsOf((x) => cp3(bytes[q - 2], bytes[q - 1], x), X_BYTES, [0], fits);
      const second = readingsOf((y) => cp3(y, bytes[q], bytes[q + 1]), LEADS, [0], fits);
      if (first.length && second.length) found.push({ from: q - 2, end: q + 2, tokens: [token(q - 2, q, first), token(q, q + 2, second)] });
    }
  }
  // The pair fits in two places: no choice is sure.
  return found.length === 1 && found[0].end > failed.start ? found[0] : undefined;
}

function readingsOf(cpOf: (a: number, b: number) => number, as: number[], bs: number[], fits: (cp: number) => boolean): number[] {
  const readings = new Set<number>();
  for (const a of as) for (const b of bs) if (fits(cpOf(a, b))) readings.add(cpOf(a, b));
  return [...readings];
}

function token(start: number, end: number, readings: number[]): ByteToken {
  return readings.length === 1 ? { start, end, cp: readings[0], guessed: true } : { start, end, cp: -1, guessed: true, candidates: readings };
}

/** Whether a character (or ASCII, or the end) starts cleanly at byte i. */
function readsAt(bytes: Uint8Array, i: number): boolean {
  if (i >= bytes.length) return true;
  const b = bytes[i];
  if (b < 0x80) return true;
  if (b >= 0xc2 && b <= 0xdf) return isCont(bytes[i + 1]);
  if (isLead3(b)) return isCont(bytes[i + 1]) && isCont(bytes[i + 2]);
  return false;
}

/** Common characters not marked as the other script than the run's. */
function fitsScript(tokens: ByteToken[], isCommon: (cp: number) => boolean): (cp: number) => boolean {
  const marks = scriptMarks();
  const foreign = foreignScriptMark(tokens);
  return (cp) => cp >= 0x800 && cp <= 0xffff && isCommon(cp) && marks[cp] !== foreign;
}
