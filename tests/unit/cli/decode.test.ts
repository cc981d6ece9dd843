import { describe, expect, it } from 'vitest';
import { decodeBytes } from '@/lib/codec/decode-bytes.ts';
import { legacyEncoder } from '@/lib/codec/legacy-tables.ts';

const SIMPLIFIED = '这是一段简体中文的文字，用来测试编码的检测。我们在北京见面，讨论软件和网络的问题。';
const TRADITIONAL = '這是一段繁體中文的文字，用來測試編碼的偵測。我們在臺北見面，討論軟體和網路的問題。';

describe('decodeBytes', () => {
  it('takes valid UTF-8 as UTF-8 without asking chardet', () => {
    expect(decodeBytes(new TextEncoder().encode(SIMPLIFIED))).toEqual({ text: SIMPLIFIED, encoding: 'utf-8', source: 'utf-8', lossy: false });
  });

  it('honours byte order marks and drops them', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TRADITIONAL, 'utf16le')]);
    expect(decodeBytes(utf16)).toMatchObject({ text: TRADITIONAL, encoding: 'utf-16le', source: 'bom' });
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]);
    expect(decodeBytes(utf8)).toMatchObject({ text: SIMPLIFIED, encoding: 'utf-8', source: 'bom' });
  });

  it('detects GBK and Big5 with chardet and decodes them exactly', () => {
    expect(decodeBytes(legacyEncoder('gbk').encode(SIMPLIFIED))).toMatchObject({ text: SIMPLIFIED, encoding: 'gb18030', source: 'chardet', lossy: false });
    expect(decodeBytes(legacyEncoder('big5').encode(TRADITIONAL))).toMatchObject({ text: TRADITIONAL, encoding: 'big5', source: 'chardet', lossy: false });
  });

  it('never throws on arbitrary bytes', () => {
    for (let seed = 1; seed < 50; seed += 1) {
      const bytes = Uint8Array.from({ length: 64 + seed }, (_, i) => (i * 2654435761 * seed) >>> 24);
      expect(typeof decodeBytes(bytes).text).toBe('string');
    }
  });
});
