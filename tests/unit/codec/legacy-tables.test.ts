import { describe, expect, test } from 'vitest';
import { legacyEncoder, WINDOWS_1252_C1, type LegacyCharset } from '@/lib/codec/legacy-tables';

// Node decodes windows-1252 as latin-1, so check that one against the standard's C1 table.
function decode(charset: LegacyCharset, bytes: Uint8Array): string {
  if (charset !== 'windows-1252') return new TextDecoder(charset).decode(bytes);
  return String.fromCharCode(...[...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] || b : b)));
}

const samples: Record<LegacyCharset, string> = {
  gbk: '光明日報記者 經濟發展，中文ABC。€',
  big5: '光明日報記者 經濟發展，中文ABC。',
  'windows-1252': 'Café “quoted” — ÄãºÃ €',
};

describe.each(Object.keys(samples) as LegacyCharset[])('%s', (charset) => {
  test('decode(encode(text)) gives the text back', () => {
    const bytes = legacyEncoder(charset).encode(samples[charset]);
    expect(decode(charset, bytes)).toBe(samples[charset]);
  });

  test('characters the charset lacks become the fallback byte', () => {
    const bytes = legacyEncoder(charset).encode('A😀B', 0x3f);
    expect(decode(charset, bytes)).toBe('A??B');
  });
});

test('GBK splits 日報 into the bytes the pinyin injection cuts through', () => {
  const bytes = legacyEncoder('gbk').encode('日報');
  expect([...bytes].map((b) => b.toString(16).toUpperCase())).toEqual(['C8', 'D5', '88', 'F3']);
});

describe('Big5 is the browser’s Big5-HKSCS on every platform', () => {
  const big5 = legacyEncoder('big5');

  test('HKSCS rows decode to their characters (Node’s own decoder gives private use there)', () => {
    expect(String.fromCharCode(big5.unitOf(0x9df6), big5.unitOf(0x9df7), big5.unitOf(0x9df8))).toBe('喺咗啲');
    expect(new TextDecoder('big5').decode(new Uint8Array([0x9d, 0xf6]))).not.toBe('喺');
  });

  test('the standard code wins for a character HKSCS repeats, as in the browser’s encoder', () => {
    expect(big5.codeOf('嘅'.charCodeAt(0))).toBe(0xfb48);
    expect(big5.codeOf('者'.charCodeAt(0))).toBe(0xaacc);
  });

  test('private-use characters of Windows’ and Node’s decoders encode back to their code', () => {
    for (const code of [0x8140, 0x9df6, 0xc6a1, 0xc8fe, 0xfefe]) {
      const nodeUnit = new TextDecoder('big5').decode(new Uint8Array([code >> 8, code & 0xff])).charCodeAt(0);
      expect(nodeUnit).toBeGreaterThanOrEqual(0xe000);
      expect(big5.codeOf(nodeUnit)).toBe(code);
    }
  });
});
