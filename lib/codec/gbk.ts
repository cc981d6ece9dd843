// GBK as the engine works in it: the shared table (legacy-tables.ts) seen as flat arrays and
// byte classes, for the hot loops of mojibake and pinyin repair.
import { GBK_ALIASES } from './gbk-aliases.generated';
import { legacyTable } from './legacy-tables';

const gbk = () => legacyTable('gbk');

/** Units that encode to a code without decoding from it: the older decoders' private-use characters. */
export function gbkAliasUnits(): number[] {
  const units: number[] = [];
  for (let i = 0; i < GBK_ALIASES.length; i += 3) units.push(GBK_ALIASES[i + 1], GBK_ALIASES[i + 2]);
  return units;
}

/** Two-byte codes that decode to a character. */
export const gbkCodes = (): Uint16Array => gbk().codes;

/** GBK code of a UTF-16 unit (two-byte codes as lead << 8 | trail), or -1. */
export const gbkCodeOf = (unit: number): number => gbk().encodeTable[unit] - 1;

/** Unit a two-byte GBK code decodes to, or 0 if none. */
export const gbkUnitOf = (code: number): number => gbk().decodeTable[code];

/** Two-byte code -> UTF-16 unit (0 = not a character). */
export const gbkDecodeTable = (): Uint16Array => gbk().decodeTable;

/** Unit -> code + 1 (0 = not in GBK): hot loops index it instead of calling. */
export const gbkEncodeTable = (): Int32Array => gbk().encodeTable;

export const isLeadByte = (b: number) => b >= 0x81 && b <= 0xfe;
export const isTrailByte = (b: number) => b >= 0x40 && b <= 0xfe && b !== 0x7f;

/** In GB2312 (EUC-CN rows 0xA1-0xF7, trail 0xA1-0xFE): the Simplified and shared characters. */
export const isGb2312 = (code: number) => (code & 0xff) >= 0xa1 && code >> 8 >= 0xa1 && code >> 8 <= 0xf7;

/** Han ideograph (incl. extension A and compatibility ideographs) at a two-byte code. */
export function isHanCode(code: number): boolean {
  const unit = gbkDecodeTable()[code];
  return (unit >= 0x3400 && unit <= 0x9fff) || (unit >= 0xf900 && unit <= 0xfaff);
}
