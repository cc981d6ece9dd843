// Big5 bytes as the lost-lead repair works in them: the shared table (lib/codec), seen as
// pairs, with the browser's decoder rules for a pair that is no character.
import { legacyTable } from '@/lib/codec/legacy-tables';

// Read once: detection calls these for every candidate character of a page.
let encodeTable: Int32Array | undefined;
let decodeTable: Uint16Array | undefined;

/** Two-byte Big5 code of a UTF-16 unit, or -1. */
export const big5CodeOf = (unit: number): number => (encodeTable ??= legacyTable('big5').encodeTable)[unit] - 1;

/** The unit a two-byte code decodes to, or 0 if none. */
export const big5UnitOf = (code: number): number => (decodeTable ??= legacyTable('big5').decodeTable)[code];

/**
 * A character a misaligned stream can show: both its bytes at 0xA1 or above. Its lead is the
 * trail byte of the character whose lead was lost, its trail the next character's lead.
 */
export function isMisalignedShape(unit: number): boolean {
  const code = big5CodeOf(unit);
  return code > 0xff && code >> 8 >= 0xa1 && (code & 0xff) >= 0xa1;
}

/**
 * Decodes pairs of bytes read in step (lead, trail): one character per pair, or null as soon
 * as a pair is no character. An odd last byte is left out (its partner was lost).
 */
export function decodePairs(bytes: readonly number[]): string | null {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const unit = big5UnitOf((bytes[i] << 8) | bytes[i + 1]);
    if (!unit) return null;
    out += String.fromCharCode(unit);
  }
  return out;
}

/** The Big5 bytes of characters that all have two-byte codes. */
export function bytesOf(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = big5CodeOf(text.charCodeAt(i));
    out.push(code >> 8, code & 0xff);
  }
  return out;
}
