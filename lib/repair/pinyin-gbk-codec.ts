// The GBK byte view the pinyin repair works in: the shared encoder (lib/encoding) plus a decode
// table built once from the platform's TextDecoder, so that decode(encode(text)) === text.
import { legacyEncoder } from '../encoding/legacy-encoder';

let decodeTable: Uint16Array | undefined;

/** Two-byte code -> UTF-16 unit (0 = not a character). */
export function gbkDecodeTable(): Uint16Array {
  if (decodeTable) return decodeTable;
  const table = new Uint16Array(0x10000);
  const codes: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) codes.push((lead << 8) | trail);
  // One decoder call for all codes (each two-byte code decodes to one BMP unit or U+FFFD);
  // pair by pair only if that ever stops holding.
  const bytes = new Uint8Array(codes.length * 2);
  codes.forEach((code, i) => {
    bytes[2 * i] = code >> 8;
    bytes[2 * i + 1] = code & 0xff;
  });
  const decoder = new TextDecoder('gbk');
  const all = decoder.decode(bytes);
  const one = (code: number, i: number) => (all.length === codes.length ? all.charCodeAt(i) : decoder.decode(bytes.subarray(2 * i, 2 * i + 2)).charCodeAt(0));
  codes.forEach((code, i) => {
    const unit = one(code, i);
    if (unit !== 0xfffd) table[code] = unit;
  });
  return (decodeTable = table);
}

/** GBK code of one UTF-16 unit (two-byte codes are lead << 8 | trail), or -1. */
export const gbkCodeOf = (unit: number): number => legacyEncoder('gbk').codeOf(unit);

let encodeTable: Int32Array | undefined;

/** The same as a flat table (code + 1; 0 = not in GBK): hot loops index it instead of calling. */
export function gbkEncodeTable(): Int32Array {
  if (encodeTable) return encodeTable;
  const codeOf = legacyEncoder('gbk').codeOf;
  const table = new Int32Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) table[unit] = codeOf(unit) + 1;
  return (encodeTable = table);
}

export const isLeadByte = (b: number) => b >= 0x81 && b <= 0xfe;
export const isTrailByte = (b: number) => b >= 0x40 && b <= 0xfe && b !== 0x7f;

/** In GB2312 (EUC-CN rows 0xA1-0xF7, trail 0xA1-0xFE): shared or Simplified, never injected. */
export const isGb2312 = (code: number) => (code & 0xff) >= 0xa1 && code >> 8 >= 0xa1 && code >> 8 <= 0xf7;

/** Han ideograph (incl. extension A and compatibility ideographs) at a two-byte code. */
export function isHanCode(code: number): boolean {
  const unit = gbkDecodeTable()[code];
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);
}

/** A Traditional-only Han character: the only kind the mirrors annotate. */
export function isInjectedCode(code: number): boolean {
  return isLeadByte(code >> 8) && isTrailByte(code & 0xff) && !isGb2312(code) && isHanCode(code);
}
