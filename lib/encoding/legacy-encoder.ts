// Encoders for the legacy charsets the web decodes but TextEncoder cannot produce.
// Tables are built once from the platform's own TextDecoder, so encode(decode(b)) === b
// wherever the decoder is one-to-one, in Node and in the browser alike.

export type LegacyCharset = 'gbk' | 'big5' | 'windows-1252';

export interface LegacyEncoder {
  readonly charset: LegacyCharset;
  /** Bytes for one UTF-16 code unit (BMP only), or -1 if the charset has no such character. Two-byte codes are `lead << 8 | trail`. */
  codeOf(unit: number): number;
  /** Encodes `text`; characters the charset lacks become `fallback` (default '?'). */
  encode(text: string, fallback?: number): Uint8Array;
}

/** windows-1252 bytes 0x80-0x9F (0 = undefined: 0x81 0x8D 0x8F 0x90 0x9D). */
export const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const cache = new Map<LegacyCharset, LegacyEncoder>();

export function legacyEncoder(charset: LegacyCharset): LegacyEncoder {
  let encoder = cache.get(charset);
  if (!encoder) cache.set(charset, (encoder = buildEncoder(charset)));
  return encoder;
}

function buildEncoder(charset: LegacyCharset): LegacyEncoder {
  // 0 = unmapped; otherwise code + 1 (so ASCII 0x00 is representable).
  const table = new Int32Array(0x10000);
  for (let b = 0; b < 0x80; b++) table[b] = b + 1;
  if (charset === 'windows-1252') {
    // Spelled out because Node's TextDecoder treats windows-1252 as latin-1 (browsers do not).
    for (let b = 0xa0; b < 0x100; b++) table[b] = b + 1;
    WINDOWS_1252_C1.forEach((unit, i) => {
      if (unit) table[unit] = 0x80 + i + 1;
    });
  } else {
    const decoder = new TextDecoder(charset);
    const [leadLo, trailRanges] = charset === 'gbk' ? [0x81, [[0x40, 0x7e], [0x80, 0xfe]]] : [0x81, [[0x40, 0x7e], [0xa1, 0xfe]]];
    const pair = new Uint8Array(2);
    for (let lead = leadLo; lead <= 0xfe; lead++) {
      for (const [lo, hi] of trailRanges) {
        for (let trail = lo; trail <= hi; trail++) {
          pair[0] = lead;
          pair[1] = trail;
          const text = decoder.decode(pair);
          if (text.length !== 1) continue; // unmapped, or maps outside the BMP
          const unit = text.charCodeAt(0);
          if (unit === 0xfffd || unit < 0x80 || table[unit]) continue; // first code wins, as in the WHATWG index
          table[unit] = ((lead << 8) | trail) + 1;
        }
      }
    }
    // The WHATWG gbk encoder always writes € as 0x80, though decoders also map A2E3 to it.
    if (charset === 'gbk') table[0x20ac] = 0x80 + 1;
  }

  return {
    charset,
    codeOf: (unit) => table[unit] - 1,
    encode(text, fallback = 0x3f) {
      const out = new Uint8Array(text.length * 2);
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        const code = table[text.charCodeAt(i)] - 1;
        if (code < 0) out[n++] = fallback;
        else if (code > 0xff) {
          out[n++] = code >> 8;
          out[n++] = code & 0xff;
        } else out[n++] = code;
      }
      return out.subarray(0, n);
    },
  };
}
