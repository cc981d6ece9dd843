// Which charset a page's bytes are really in: the codec's decodeBytes() (shared with the CLI)
// decides, and the page switches only when that reads clearly cleaner than the browser's own
// decoding.
import { badness, canonicalCharset, decodeBytes, isMultiByteUtf8, textBytes } from '@/lib/codec/decode-bytes';

export { declaredCharset, SAMPLE_BYTES, textBytes } from '@/lib/codec/decode-bytes';

export interface CharsetChoice {
  charset: string;
  detected: string | null;
  declared: string | null;
}

/**
 * The charset to decode `bytes` with, or null when the browser's own decoding
 * (`current`) is already the best one.
 */
export function chooseCharset(bytes: Uint8Array, current: string): CharsetChoice | null {
  const sample = textBytes(bytes);
  const currentCanonical = canonicalCharset(current) ?? current.toLowerCase();
  const decoded = decodeBytes(bytes);
  const choice = { charset: decoded.encoding, detected: decoded.detected ?? null, declared: decoded.declared ?? null };
  if (canonicalCharset(decoded.encoding) === currentCanonical) return null;
  // Valid UTF-8 with multi-byte sequences does not happen by chance in GBK or Big5 text.
  if (decoded.encoding === 'utf-8' && isMultiByteUtf8(sample)) return { ...choice, detected: 'UTF-8' };
  const baseline = badness(new TextDecoder(currentCanonical).decode(sample));
  const score = badness(new TextDecoder(decoded.encoding).decode(sample));
  return score < baseline * 0.5 || (score < baseline && baseline > 0.05) ? choice : null;
}
