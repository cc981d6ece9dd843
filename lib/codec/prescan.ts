// What a page's bytes say about themselves before they are decoded: the text between tags
// (what chardet should read) and the charset the page declares.

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
