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
