// How badly a decoding reads, the one score every charset choice compares: lower is better.

/** Replacement characters, 8-bit letters and private-use characters per Han character. */
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
