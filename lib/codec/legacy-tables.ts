// The legacy charsets the web decodes but TextEncoder cannot produce: one table per charset,
// built once and lazily from the platform's TextDecoder, so encode(decode(b)) === b wherever
// the decoder is one-to-one, in Node and in the browser alike. Every part of the engine that
// works in GBK, Big5 or windows-1252 bytes reads these tables; nothing builds its own.
import { BIG5_BROWSER_ROWS } from './big5-hkscs.generated';
import { GBK_ALIASES } from './gbk-aliases.generated';

export type LegacyCharset = 'gbk' | 'big5' | 'windows-1252';

export interface LegacyTable {
  readonly charset: LegacyCharset;
  /** Bytes for one UTF-16 code unit (BMP only), or -1 if the charset has no such character. Two-byte codes are `lead << 8 | trail`. */
  codeOf(unit: number): number;
  /** The unit a code decodes to (two-byte codes as `lead << 8 | trail`), or 0 if none. */
  unitOf(code: number): number;
  /** Encodes `text`; characters the charset lacks become `fallback` (default '?'). */
  encode(text: string, fallback?: number): Uint8Array;
  /** Every two-byte code that decodes to one BMP character, in order. */
  readonly codes: Uint16Array;
  /** Flat tables for hot loops: unit -> code + 1 (0 = none), code -> unit (0 = none). */
  readonly encodeTable: Int32Array;
  readonly decodeTable: Uint16Array;
}

/** Scripts and tests that only encode know the table by this name. */
export type LegacyEncoder = LegacyTable;

/** windows-1252 bytes 0x80-0x9F (0 = undefined: 0x81 0x8D 0x8F 0x90 0x9D). */
export const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const cache = new Map<LegacyCharset, LegacyTable>();

export function legacyTable(charset: LegacyCharset): LegacyTable {
  let table = cache.get(charset);
  if (!table) cache.set(charset, (table = buildTable(charset)));
  return table;
}

/** The same table, by the name the encoding callers know it under. */
export const legacyEncoder = legacyTable;

/**
 * Two-byte code ranges. WHATWG's gbk decoder is its gb18030 decoder; Node's 'gbk' label is an
 * older table (private-use characters for 101 codes), so GBK is read with 'gb18030', which
 * gives the browser's characters on both platforms.
 */
const LAYOUT = {
  gbk: { decoder: 'gb18030', trail: (t: number) => t >= 0x40 && t <= 0xfe && t !== 0x7f },
  big5: { decoder: 'big5', trail: (t: number) => (t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe) },
} as const;

function buildTable(charset: LegacyCharset): LegacyTable {
  const encodeTable = new Int32Array(0x10000);
  const decodeTable = new Uint16Array(0x10000);
  for (let b = 0; b < 0x80; b++) (encodeTable[b] = b + 1), (decodeTable[b] = b);
  let codes: Uint16Array = new Uint16Array(0);
  if (charset === 'windows-1252') {
    // Spelled out because Node's TextDecoder treats windows-1252 as latin-1 (browsers do not).
    for (let b = 0xa0; b < 0x100; b++) (encodeTable[b] = b + 1), (decodeTable[b] = b);
    WINDOWS_1252_C1.forEach((unit, i) => {
      if (unit) (encodeTable[unit] = 0x80 + i + 1), (decodeTable[0x80 + i] = unit);
    });
  } else {
    codes = fillTwoByteCodes(charset, decodedUnits(charset), encodeTable, decodeTable);
    if (charset === 'big5') addBig5EudcAliases(encodeTable);
    if (charset === 'gbk') {
      // Text decoded by an older decoder (Windows 936, Node's 'gbk') holds private-use characters
      // for 101 codes: they encode back to the code too, so such mojibake reverses everywhere.
      for (let i = 0; i < GBK_ALIASES.length; i += 3) {
        const code = GBK_ALIASES[i];
        for (const unit of [GBK_ALIASES[i + 1], GBK_ALIASES[i + 2]]) if (!encodeTable[unit]) encodeTable[unit] = code + 1;
      }
      // The WHATWG gbk encoder always writes € as 0x80, though decoders also map A2E3 to it.
      encodeTable[0x20ac] = 0x80 + 1;
      decodeTable[0x80] = 0x20ac;
    }
  }
  return {
    charset,
    codes,
    encodeTable,
    decodeTable,
    codeOf: (unit) => encodeTable[unit] - 1,
    unitOf: (code) => decodeTable[code],
    encode(text, fallback = 0x3f) {
      const out = new Uint8Array(text.length * 2);
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const code = encodeTable[text.charCodeAt(i)] - 1;
        if (code < 0) out[n++] = fallback;
        else if (code > 0xff) (out[n++] = code >> 8), (out[n++] = code & 0xff);
        else out[n++] = code;
      }
      return out.subarray(0, n);
    },
  };
}

type TwoByteCharset = 'gbk' | 'big5';

const codeLists = new Map<TwoByteCharset, Uint16Array>();

/** Every two-byte code of the charset, lead by lead, in order (made once). */
function twoByteCodes(charset: TwoByteCharset): Uint16Array {
  let codes = codeLists.get(charset);
  if (codes) return codes;
  const { trail: isTrail } = LAYOUT[charset];
  codes = new Uint16Array(twoByteCodeCount(charset));
  let n = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) for (let trail = 0x40; trail <= 0xfe; trail++) if (isTrail(trail)) codes[n++] = (lead << 8) | trail;
  codeLists.set(charset, codes);
  return codes;
}

const decoded = new Map<TwoByteCharset, Uint16Array>();

/**
 * The character each two-byte code decodes to, in the order of twoByteCodes (0: no single BMP
 * character). The build ships them (lib/garbles/prebuilt-tables.ts): a page adopts them instead
 * of decoding 24,000 codes on its first pass.
 */
export function decodedUnits(charset: TwoByteCharset): Uint16Array {
  let units = decoded.get(charset);
  if (!units) decoded.set(charset, (units = decodeTwoByteCodes(charset)));
  return units;
}

/** Installs units as decodedUnits gives them; false, and nothing installed, if the count is wrong. */
export function adoptDecodedUnits(charset: TwoByteCharset, units: Uint16Array): boolean {
  if (units.length !== twoByteCodeCount(charset)) return false;
  decoded.set(charset, units);
  return true;
}

export function twoByteCodeCount(charset: TwoByteCharset): number {
  return 126 * (charset === 'gbk' ? 190 : 157);
}

/**
 * Decodes every two-byte code in one TextDecoder call (detection runs on every Chinese page, so
 * the first call must be cheap). Where some code decodes to two units or none (Big5-HKSCS
 * combining pairs, astral characters) the bulk result is out of step: the codes are then decoded
 * again, each followed by a line feed (an ASCII byte is never taken as a trail byte: a decoder
 * gives it back after a bad pair), so the result splits into one piece per code. Decoding code by
 * code instead took 30-95 ms for Big5 in Chromium; this takes 4-11 ms.
 */
function decodeTwoByteCodes(charset: TwoByteCharset): Uint16Array {
  const codes = twoByteCodes(charset);
  const pairs = new Uint8Array(codes.length * 2);
  codes.forEach((code, k) => ((pairs[2 * k] = code >> 8), (pairs[2 * k + 1] = code & 0xff)));
  const decoder = new TextDecoder(LAYOUT[charset].decoder);
  const bulk = decoder.decode(pairs);
  const pieces = bulk.length === codes.length ? null : decoder.decode(separated(pairs)).split('\n');
  const browserRows = charset === 'big5' ? big5BrowserRows() : undefined;
  const units = new Uint16Array(codes.length);
  for (let k = 0; k < codes.length; k++) {
    // A piece of two units (or none) is a combining pair, an astral character or no character.
    let unit = pieces ? (pieces[k].length === 1 ? pieces[k].charCodeAt(0) : 0xfffd) : bulk.charCodeAt(k);
    const row = browserRows?.get(codes[k] >> 8);
    if (row) unit = row.charCodeAt(big5TrailIndex(codes[k] & 0xff));
    units[k] = unit === 0xfffd || unit < 0x80 ? 0 : unit;
  }
  return units;
}

/** Fills the flat tables from the decoded units; returns the codes that decode to a character. */
function fillTwoByteCodes(charset: TwoByteCharset, units: Uint16Array, encodeTable: Int32Array, decodeTable: Uint16Array): Uint16Array {
  const all = twoByteCodes(charset);
  const codes = new Uint16Array(all.length);
  let found = 0;
  for (let k = 0; k < all.length; k++) {
    const unit = units[k];
    if (!unit) continue;
    const code = all[k];
    decodeTable[code] = unit;
    codes[found++] = code;
    // First code wins, as in the WHATWG index; its Big5 encoder never writes a lead below 0xA1
    // (HKSCS codes that repeat a standard character), so such a code only stands in until then.
    const previous = encodeTable[unit] - 1;
    if (previous < 0 || (charset === 'big5' && previous >> 8 < 0xa1 && code >> 8 >= 0xa1)) encodeTable[unit] = code + 1;
  }
  return codes.subarray(0, found);
}

/** Node's Big5 decoder is ICU's (private-use characters for HKSCS); the browser's rows replace it. */
function big5BrowserRows(): Map<number, string> {
  return new Map(BIG5_BROWSER_ROWS.map(([lead, units]) => [lead, units]));
}

const big5TrailIndex = (trail: number) => (trail <= 0x7e ? trail - 0x40 : trail - 0xa1 + 63);

/**
 * Text decoded by Windows code page 950 or ICU (Node's TextDecoder('big5')) holds private-use
 * characters where browsers read HKSCS: Microsoft's end-user-defined mapping, one linear block
 * per range. They encode back to their code too, so such mojibake reverses on every platform.
 */
function addBig5EudcAliases(encodeTable: Int32Array): void {
  const blocks: [number, number, number][] = [
    [0xfa, 0xfe, 0xe000],
    [0x8e, 0xa0, 0xe311],
    [0x81, 0x8d, 0xeeb8],
  ];
  for (const [first, last, unit] of blocks)
    for (let lead = first; lead <= last; lead++) for (let i = 0; i < 157; i++) alias(unit + (lead - first) * 157 + i, (lead << 8) | big5TrailOf(i));
  // C6A1-C8FE: the rows Big5-ETEN and HKSCS filled, from trail 0xA1 on.
  for (let lead = 0xc6; lead <= 0xc8; lead++) for (let i = 63; i < 157; i++) alias(0xf6b1 + (lead - 0xc6) * 157 + i - 63, (lead << 8) | big5TrailOf(i));
  function alias(unit: number, code: number) {
    if (!encodeTable[unit]) encodeTable[unit] = code + 1;
  }
}

const big5TrailOf = (index: number) => (index < 63 ? 0x40 + index : 0xa1 + index - 63);

/** The two-byte codes of `pairs`, each followed by a line feed. */
function separated(pairs: Uint8Array): Uint8Array {
  const out = new Uint8Array((pairs.length / 2) * 3);
  for (let i = 0, j = 0; i < pairs.length; i += 2) (out[j++] = pairs[i]), (out[j++] = pairs[i + 1]), (out[j++] = 0x0a);
  return out;
}
