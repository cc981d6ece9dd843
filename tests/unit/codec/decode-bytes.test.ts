import { describe, expect, it } from 'vitest';
import { decodeBytes, looksBinary } from '@/lib/codec/decode-bytes';
import { legacyEncoder } from '@/lib/codec/legacy-tables';

const TEXT = '城市绿道连起百里滨江。清晨六点，江边的绿道上已经有不少市民在跑步。\n\tTab, form feed\f and CRLF\r\n';

describe('looksBinary', () => {
  it('takes text in any charset for text', () => {
    for (const bytes of [new TextEncoder().encode(TEXT), legacyEncoder('gbk').encode(TEXT), legacyEncoder('big5').encode('經濟發展，中文。')]) expect(looksBinary(bytes)).toBe(false);
    const utf16 = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...TEXT].map((c) => c.charCodeAt(0))).buffer)]);
    expect(looksBinary(utf16)).toBe(false);
  });

  it('refuses random bytes, with or without a NUL', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 2048 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24));
    expect(looksBinary(random)).toBe(true);
    expect(looksBinary(random.map((b) => b || 1))).toBe(true);
    expect(looksBinary(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x00))).toBe(true); // a ZIP header
  });
});

describe('decodeBytes', () => {
  it("reads the page's <meta> label when it decodes more cleanly than chardet's guess", () => {
    const html = legacyEncoder('big5').encode('<html><head><meta charset="big5"></head><body><p>經濟發展</p></body></html>');
    const decoded = decodeBytes(html);
    expect(decoded.text).toContain('經濟發展');
    expect(decoded.declared).toBe('big5');
  });
});
