// Which GBK codes a mirror annotates.
import { isGb2312, isHanCode, isLeadByte, isTrailByte } from '@/lib/codec/gbk';

/** A Traditional-only Han character: the only kind the mirrors annotate. */
export function isInjectedCode(code: number): boolean {
  return isLeadByte(code >> 8) && isTrailByte(code & 0xff) && !isGb2312(code) && isHanCode(code);
}
