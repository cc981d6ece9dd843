// Bytes to text: UTF-8 when the bytes are valid UTF-8 (or carry a BOM),
// otherwise the charset chardet finds, decoded with TextDecoder. The result
// says which, so the report can tell the reader.
import chardet from 'chardet';

export interface DecodedText {
  text: string;
  /** WHATWG encoding name used to decode: utf-8, gb18030, big5, ... */
  encoding: string;
  /** How the encoding was chosen. */
  source: 'utf-8' | 'bom' | 'chardet';
  /** chardet's confidence (0-100) when it chose. */
  confidence?: number;
  /** True when invalid bytes were replaced with U+FFFD. */
  lossy: boolean;
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

function decodeStrictly(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((byte, index) => bytes[index] === byte)) {
      const strict = decodeStrictly(bytes, encoding); // TextDecoder drops the BOM itself
      const text = strict ?? new TextDecoder(encoding).decode(bytes);
      return { text, encoding, source: 'bom', lossy: strict === undefined };
    }
  }
  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', source: 'utf-8', lossy: false };

  for (const match of chardet.analyse(bytes)) {
    const label = DECODER_LABEL[match.name];
    if (!label) continue;
    const strict = decodeStrictly(bytes, label);
    const text = strict ?? new TextDecoder(label).decode(bytes);
    return { text, encoding: new TextDecoder(label).encoding, source: 'chardet', confidence: match.confidence, lossy: strict === undefined };
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', source: 'chardet', lossy: true };
}
