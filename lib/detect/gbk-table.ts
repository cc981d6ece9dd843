// GBK both ways, built with one TextDecoder call over every two-byte code (about 4 ms, against
// some 14 ms for decoding pair by pair): detection runs on every Chinese page, so its first
// call must be cheap. Agrees with lib/encoding/legacy-encoder.ts (first code wins, € = 0x80),
// and also encodes the characters other decoders give for 101 codes (gbk-aliases.generated.ts).
import { GBK_ALIASES } from './gbk-aliases.generated';

let encode: Int32Array | undefined;
let decode: Uint16Array | undefined;
/** Every two-byte code that decodes, in order: what callers iterate instead of all 65,536 units. */
let codes: Uint16Array | undefined;

function build(): void {
  const pairs = new Uint8Array(126 * 190 * 2);
  let n = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) (pairs[n++] = lead), (pairs[n++] = trail);
  const text = new TextDecoder('gbk').decode(pairs);
  encode = new Int32Array(0x10000).fill(-1);
  decode = new Uint16Array(0x10000);
  codes = new Uint16Array(n / 2);
  let count = 0;
  for (let b = 0; b < 0x80; b++) encode[b] = b;
  // Every pair decodes to exactly one unit (checked by the tests); if a platform ever differs,
  // the pairs are decoded one by one instead.
  const oneEach = text.length === n / 2;
  const single = oneEach ? undefined : new TextDecoder('gbk');
  for (let k = 0; k < n / 2; k++) {
    const code = (pairs[2 * k] << 8) | pairs[2 * k + 1];
    let unit: number;
    if (oneEach) unit = text.charCodeAt(k);
    else {
      const out = single!.decode(pairs.subarray(2 * k, 2 * k + 2));
      unit = out.length === 1 ? out.charCodeAt(0) : 0xfffd;
    }
    if (unit === 0xfffd || unit < 0x80) continue;
    decode[code] = unit;
    codes[count++] = code;
    if (encode[unit] < 0) encode[unit] = code;
  }
  codes = codes.subarray(0, count);
  // Either decoder's character for a code encodes back to it (see gbk-aliases.generated.ts).
  for (let i = 0; i < GBK_ALIASES.length; i += 3) {
    const code = GBK_ALIASES[i];
    for (const unit of [GBK_ALIASES[i + 1], GBK_ALIASES[i + 2]]) if (encode[unit] < 0) encode[unit] = code;
  }
  encode[0x20ac] = 0x80; // WHATWG gbk encodes € as 0x80, though decoders also map A2E3 to it
}

/** Units that encode to a code without decoding from it on this platform: the other decoders' characters. */
export function gbkAliasUnits(): number[] {
  const units: number[] = [];
  for (let i = 0; i < GBK_ALIASES.length; i += 3) units.push(GBK_ALIASES[i + 1], GBK_ALIASES[i + 2]);
  return units;
}

/** Two-byte codes that decode to a character. */
export function gbkCodes(): Uint16Array {
  if (!codes) build();
  return codes!;
}

/** GBK code of a UTF-16 unit (two-byte codes as lead << 8 | trail), or -1. */
export function gbkCodeOf(unit: number): number {
  if (!encode) build();
  return encode![unit];
}

/** Unit a two-byte GBK code decodes to, or 0 if none. */
export function gbkUnitOf(code: number): number {
  if (!decode) build();
  return decode![code];
}
