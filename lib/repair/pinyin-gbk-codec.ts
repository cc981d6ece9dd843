// The GBK byte view the pinyin repair works in: the shared encoder (lib/encoding) plus a decode
// table built once from the platform's TextDecoder, so that decode(encode(text)) === text.
import { legacyEncoder } from '../encoding/legacy-encoder';

let decodeTable: Uint16Array | undefined;

/** Two-byte code -> UTF-16 unit (0 = not a character). */
export function gbkDecodeTable(): Uint16Array {
  if (decodeTable) return decodeTable;
  const table = new Uint16Array(0x10000);
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      if (text.length === 1 && text !== '\ufffd') table[(lead << 8) | trail] = text.charCodeAt(0);
    }
  return (decodeTable = table);
}

/** GBK code of one UTF-16 unit (two-byte codes are lead << 8 | trail), or -1. */
export const gbkCodeOf = (unit: number): number => legacyEncoder('gbk').codeOf(unit);

/** The same, bound once for hot loops. */
export const gbkCodeLookup = (): ((unit: number) => number) => legacyEncoder('gbk').codeOf;

export const isLeadByte = (b: number) => b >= 0x81 && b <= 0xfe;
export const isTrailByte = (b: number) => b >= 0x40 && b <= 0xfe && b !== 0x7f;

/** In GB2312 (EUC-CN rows 0xA1-0xF7, trail 0xA1-0xFE): shared or Simplified, never injected. */
export const isGb2312 = (code: number) => (code & 0xff) >= 0xa1 && code >> 8 >= 0xa1 && code >> 8 <= 0xf7;

/** Han ideograph (incl. extension A and compatibility ideographs) at a two-byte code. */
export function isHanCode(code: number): boolean {
  const unit = gbkDecodeTable()[code];
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);
}
