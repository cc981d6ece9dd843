// Bytes to text, for every caller that holds raw bytes (the CLI reading a file, the page
// re-decoding itself): a byte order mark decides; valid UTF-8 is UTF-8; otherwise the page's
// own <meta charset> and chardet's answer on the text between tags are both tried, and the
// one that decodes more cleanly (one badness score) wins. The result says which, so the
// report can tell the reader.
import chardet from 'chardet';
import { badness } from './badness';
import { declaredCharset, SAMPLE_BYTES, textBytes } from './prescan';

export { badness } from './badness';
export { declaredCharset, SAMPLE_BYTES, textBytes } from './prescan';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name used to decode: utf-8, gb18030, big5, ... */
  encoding: string;
  /** How the encoding was chosen. */
  source: 'utf-8' | 'bom' | 'meta' | 'chardet';
  /** chardet's confidence (0-100) when it chose. */
  confidence?: number;
  /** True when invalid bytes were replaced with U+FFFD. */
  lossy: boolean;
  /** chardet's name for the bytes and the page's declared label, when they were asked. */
  detected?: string;
  declared?: string;
}

// chardet names -> labels TextDecoder accepts. GB2312/GBK text is decoded as
// gb18030, its superset, as browsers do.
const DECODER_LABEL: Record<string, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
  'EUC-KR': 'euc-kr',
  'ISO-2022-JP': 'iso-2022-jp',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'windows-1254',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'KOI8-R': 'koi8-r',
};

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The WHATWG name of a label, with GBK and GB2312 read as their superset gb18030; null if unknown. */
export function canonicalCharset(label: string): string | null {
  try {
    const name = new TextDecoder(label).encoding;
    return name === 'gbk' ? 'gb18030' : name;
  } catch {
    return null;
  }
}

function decodeStrictly(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeAs(bytes: Uint8Array, label: string, source: DecodedText['source']): DecodedText {
  const strict = decodeStrictly(bytes, label); // TextDecoder drops a BOM itself
  const text = strict ?? new TextDecoder(label).decode(bytes);
  return { text, encoding: new TextDecoder(label).encoding, source, lossy: strict === undefined };
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  for (const [bom, encoding] of BOMS) if (bom.every((byte, index) => bytes[index] === byte)) return decodeAs(bytes, encoding, 'bom');
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', source: 'utf-8', lossy: false };

  // chardet is right on plain Chinese text but unreliable on markup: it reads the text between tags.
  const between = textBytes(bytes);
  const sample = between.length ? between : bytes.subarray(0, SAMPLE_BYTES);
  const declared = declaredCharset(bytes) ?? undefined;
  const match = chardet.analyse(sample).find((m) => DECODER_LABEL[m.name]);
  const detected = match?.name;
  const candidates: { label: string; source: DecodedText['source'] }[] = [];
  if (match) candidates.push({ label: DECODER_LABEL[match.name], source: 'chardet' });
  const declaredLabel = declared ? canonicalCharset(declared) : null;
  if (declaredLabel && declaredLabel !== 'utf-8' && !candidates.some((c) => canonicalCharset(c.label) === declaredLabel)) candidates.push({ label: declaredLabel, source: 'meta' });
  if (!candidates.length) return { ...decodeAs(bytes, 'utf-8', 'chardet'), lossy: true };
  // chardet's answer stands unless the page's own label reads clearly cleaner.
  let best = candidates[0];
  let bestScore = badness(new TextDecoder(best.label).decode(sample));
  for (const candidate of candidates.slice(1)) {
    const score = badness(new TextDecoder(candidate.label).decode(sample));
    if (score < bestScore * 0.5) [best, bestScore] = [candidate, score];
  }
  const decoded = decodeAs(bytes, best.label, best.source);
  return {
    ...decoded,
    ...(best.source === 'chardet' && match && { confidence: match.confidence }),
    ...(detected && { detected }),
    ...(declared && { declared }),
  };
}

/** Control bytes (other than tab, line breaks, form feed and escape) above this share of a sample: not text. */
const MAX_CONTROL_SHARE = 0.01;
/** How much of the input the binary check reads. */
const BINARY_SAMPLE = 8192;

/**
 * Bytes that are no text in any charset: a NUL, or more than a few other control bytes (random
 * bytes hold about 10%, text none). UTF-16 with a byte order mark is text, NULs and all.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, BINARY_SAMPLE);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f) controls++;
  }
  return controls > sample.length * MAX_CONTROL_SHARE;
}

/** Valid UTF-8 with multi-byte sequences: does not happen by chance in GBK or Big5 text. */
export function isMultiByteUtf8(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80) && decodeStrictly(bytes, 'utf-8') !== undefined;
}
