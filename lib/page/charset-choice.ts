// Which charset a page's bytes are really in. chardet is right on plain Chinese text
// but unreliable on markup, so it reads only the text between tags, and its answer is
// cross-checked with the page's own <meta charset> by how cleanly each decodes.
import { detect } from 'chardet';

/** chardet reads about 1.7 MB/s; this much text is enough for a sure answer. */
export const SAMPLE_BYTES = 64 * 1024;

/** Bytes of the text between tags, without script and style bodies. */
export function textBytes(bytes: Uint8Array, limit = SAMPLE_BYTES): Uint8Array {
  const out = new Uint8Array(Math.min(bytes.length, limit));
  let n = 0;
  let inTag = false;
  let skipUntil: string | null = null;
  for (let i = 0; i < bytes.length && n < out.length; i++) {
    const b = bytes[i];
    if (skipUntil) {
      if (b === 0x3c && asciiAt(bytes, i + 1, skipUntil.length).toLowerCase() === skipUntil) skipUntil = null;
      else continue;
    }
    if (b === 0x3c) {
      inTag = true;
      const name = asciiAt(bytes, i + 1, 6).toLowerCase();
      if (name.startsWith('script')) skipUntil = '/script';
      else if (name.startsWith('style')) skipUntil = '/style';
    } else if (b === 0x3e) inTag = false;
    else if (!inTag) out[n++] = b;
  }
  return out.subarray(0, n);
}

function asciiAt(bytes: Uint8Array, start: number, length: number): string {
  let s = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** The charset the page declares in its first bytes (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = asciiAt(bytes, 0, Math.min(bytes.length, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/** Lower is better: replacement characters, 8-bit letters and private-use characters per Han character. */
export function badness(text: string): number {
  let bad = 0;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad += 3;
    else if (c >= 0x80 && c <= 0xff) bad += 1;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
  }
  return bad / Math.max(1, han);
}

function canonical(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

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
  const currentCanonical = canonical(current) ?? current.toLowerCase();
  // Valid UTF-8 with multi-byte sequences does not happen by chance in GBK or Big5 text.
  if (currentCanonical !== 'utf-8' && isMultiByteUtf8(sample)) return { charset: 'utf-8', detected: 'UTF-8', declared: declaredCharset(bytes) };
  const detected = detect(sample);
  const declared = declaredCharset(bytes);
  const candidates = [detected, declared]
    .map((label) => (label ? canonical(label) : null))
    .filter((label, i, all): label is string => !!label && all.indexOf(label) === i);
  const score = (label: string) => badness(new TextDecoder(label).decode(sample));
  const baseline = score(currentCanonical);
  let best: string | null = null;
  let bestScore = baseline;
  for (const label of candidates) {
    if (label === currentCanonical) continue;
    const s = score(label);
    if (s < bestScore * 0.5 || (best === null && s < bestScore && baseline > 0.05)) {
      best = label;
      bestScore = s;
    }
  }
  return best ? { charset: best, detected, declared } : null;
}

function isMultiByteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
