// Mojibake made here by applying the real mechanisms to text written for these tests.
import { describe, expect, test } from 'vitest';
import { repairMojibake as repairWith } from '@/lib/garbles/mojibake/repair';
import { MOJIBAKE_CODECS } from '@/lib/garbles/registry';
import { legacyEncoder, WINDOWS_1252_C1 } from '@/lib/codec/legacy-tables';

const repairMojibake = (text: string) => repairWith(text, MOJIBAKE_CODECS);

const utf8 = (s: string) => new TextEncoder().encode(s);
const asGbk = (bytes: Uint8Array) => new TextDecoder('gbk').decode(bytes);
/** Browsers' windows-1252 (Node's TextDecoder is latin-1 for it). */
const as1252 = (bytes: Uint8Array) => String.fromCharCode(...[...bytes].map((b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_C1[b - 0x80] || b : b)));

// Read as GBK, every byte of this one pairs up and nothing is lost (checked below).
const SENTENCE = '今天上午我们在图书馆讨论了城市绿道的建设计划';
const PUNCTUATED = '“城市绿道”：今天上午，我们讨论了建设计划（第二期）。';

describe('each wrong decoding is undone', () => {
  test('UTF-8 read as GBK', () => {
    const garbled = asGbk(utf8(SENTENCE));
    expect(garbled).not.toContain('\ufffd');
    const result = repairMojibake(garbled);
    expect(result.text).toBe(SENTENCE);
    expect(result.repaired).toEqual([{ kind: 'utf8-as-gbk', count: 1 }]);
  });

  test('UTF-8 read as GBK three times over', () => {
    let garbled = SENTENCE;
    for (let i = 0; i < 3; i++) garbled = asGbk(utf8(garbled)).replace(/\ufffd/g, '');
    const result = repairMojibake(garbled);
    // Odd bytes were lost at each round; what survives must be the original's own characters.
    expect(result.text).toContain('今天上午');
    expect(result.repaired[0].kind).toBe('utf8-as-gbk');
  });

  test('GBK read as windows-1252', () => {
    const garbled = as1252(legacyEncoder('gbk').encode(SENTENCE));
    expect(repairMojibake(garbled).text).toBe(SENTENCE);
    expect(repairMojibake(garbled).repaired[0].kind).toBe('gbk-as-latin1');
  });

  test('GBK read as latin-1 (C1 controls kept)', () => {
    const garbled = String.fromCharCode(...legacyEncoder('gbk').encode(SENTENCE));
    expect(repairMojibake(garbled).text).toBe(SENTENCE);
  });

  test('UTF-8 read as windows-1252', () => {
    const garbled = as1252(utf8(PUNCTUATED));
    const result = repairMojibake(garbled);
    expect(result.text).toBe(PUNCTUATED);
    expect(result.repaired[0].kind).toBe('utf8-as-latin1');
  });

  test('UTF-8 read as windows-1252 twice', () => {
    const garbled = as1252(utf8(as1252(utf8(PUNCTUATED))));
    const result = repairMojibake(garbled);
    expect(result.text).toBe(PUNCTUATED);
    expect(result.repaired[0].kind).toBe('double-utf8');
  });

  test('GBK read as windows-1252, with punctuation', () => {
    expect(repairMojibake(as1252(legacyEncoder('gbk').encode(PUNCTUATED))).text).toBe(PUNCTUATED);
  });
});

describe('runs are repaired one by one', () => {
  test('clean text around a garbled run is untouched', () => {
    const garbled = `标题：${asGbk(utf8(SENTENCE))}\n作者 ABC 2024`;
    expect(repairMojibake(garbled).text).toBe(`标题：${SENTENCE}\n作者 ABC 2024`);
  });

  test('a full stop whose last byte met the line break comes back as a reported guess', () => {
    // 。 is E3 80 82: read as GBK, the last byte meets the newline and the CMS dropped it.
    const garbled = asGbk(utf8('城市绿道。\n下一段路')).replace(/\ufffd/g, '');
    expect(garbled).toContain('銆\n');
    const result = repairMojibake(garbled);
    expect(result.text).toBe('城市绿道。\n下一段路');
    expect(result.unrecoverable).toEqual([expect.objectContaining({ kind: 'utf8-as-gbk', start: 4, end: 5, text: '。' })]);
    expect(result.unrecoverable[0].note).toMatch(/put back/);
  });

  test('the same, with the U+FFFD the decoder wrote for the lost byte still in the text', () => {
    const garbled = asGbk(utf8('城市绿道。\n下一段路'));
    expect(garbled).toContain('銆\ufffd\n');
    expect(repairMojibake(garbled).text).toBe('城市绿道。\n下一段路');
  });

  test('a lost odd byte inside a line is marked and reported, not invented', () => {
    // 、 is E3 80 81, followed by ASCII: the GBK decoder drops 81 with the space.
    const garbled = asGbk(utf8('城市绿道、 下一段路')).replace(/\ufffd/g, '');
    const result = repairMojibake(garbled);
    expect(result.text).toBe('城市绿道\ufffd 下一段路');
    expect(result.unrecoverable).toEqual([expect.objectContaining({ kind: 'utf8-as-gbk', start: 4, end: 5, text: '\ufffd' })]);
  });

  test('a byte windows-1252 cannot show is put back when one common character fits, and reported', () => {
    // 友 is E5 8F 8B and 来 is E6 9D A5; 0x8F and 0x9D are undefined in windows-1252 and dropped.
    const garbled = as1252(utf8('朋友们都来了')).replace(/[\u0081\u008d\u008f\u0090\u009d]/g, '');
    const result = repairMojibake(garbled);
    // 友 is the only common reading of E5 ?? 8B in Simplified text; 来 ties with 楝, so it stays lost.
    expect(result.text).toBe('朋友们都\ufffd了');
    expect(result.unrecoverable.map((s) => [s.text, s.note?.split(':')[0]])).toEqual([
      ['友', 'a byte lost upstream was put back'],
      ['\ufffd', 'bytes lost upstream'],
    ]);
  });
});

describe('bytes a sanitizer stripped (GBK user-area pairs read as private-use characters)', () => {
  // UTF-8 read as GBK makes pairs like AE E5 into U+E0xx-E4xx; many sites strip those.
  const stripped = (text: string) => asGbk(utf8(text)).replace(/[\ue000-\uf8ff\ufffd]/g, '');
  /** The repair, with each U+FFFD standing for up to three lost characters, must match the original. */
  const consistent = (repaired: string, original: string) =>
    new RegExp(`^${[...repaired].map((c) => (c === '\ufffd' ? '[^]{0,3}' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`).test(original);

  test('the pair is put back where one common reading fits (数据, 负责)', () => {
    const original = '技术负责人介绍了国产数据库的核心指标';
    const garbled = stripped(original);
    expect(garbled).not.toMatch(/[\ue000-\uf8ff]/);
    expect(asGbk(utf8(original))).toMatch(/[\ue000-\uf8ff]/); // there was something to strip
    const result = repairMojibake(garbled);
    expect(result.text).toContain('数据');
    expect(result.text).toContain('负责人介绍了');
    expect(consistent(result.text, original)).toBe(true);
    expect(result.unrecoverable.some((s) => s.note?.startsWith('a byte lost upstream was put back'))).toBe(true);
  });

  for (const original of [
    '腾讯云数据库刷新了世界纪录，今年将进入规模化复制的新阶段',
    '作为三大基础软件之一，国产数据库一直是备受关注的领域',
    '消息宣布之后，记者也采访了腾讯云数据库技术负责人',
  ]) {
    test(`never a wrong character, only marked losses: ${original}`, () => {
      const result = repairMojibake(stripped(original));
      expect(consistent(result.text, original)).toBe(true);
      expect(result.text.replace(/\ufffd/g, '').length).toBeGreaterThan(original.length * 0.7);
    });
  }
});

describe('clean text is never touched', () => {
  const clean = [
    SENTENCE,
    '經濟發展與環境保護並重，臺灣的研究團隊今年發表了新成果。',
    'Café au lait, déjà vu, naïve façade — Müller & Søren: ½ price!',
    'Ünïcödé wörds ärë fïnë ïn Gërmän tëxt.',
    '日本語のテキストも、そのままです。',
    '발전 한국어 텍스트',
    '浣熊和犲狼', // real words that contain characters mojibake often produces
    'xiàn zài shì bā diǎn (fā zhǎn)',
  ];
  for (const text of clean) test(text, () => expect(repairMojibake(text)).toEqual({ text, repaired: [], unrecoverable: [] }));
});

describe('variants, each made by its mechanism', () => {
  const TRADITIONAL = '城市綠道連起百里濱江。清晨六點，江邊的綠道上已經有不少市民在跑步、騎行和散步。三年前，這裡還是一片廢棄的碼頭和倉庫。';
  const SIMPLIFIED = '城市绿道连起百里滨江。清晨六点，江边的绿道上已经有不少市民在跑步、骑行和散步。三年前，这里还是一片废弃的码头和仓库。';

  test('UTF-8 read as Latin-1, its 0xA0 bytes copied as plain spaces (ä½ å¥½)', () => {
    const garbled = as1252(utf8('你好，' + SIMPLIFIED)).replace(/\u00a0/g, ' ');
    expect(garbled.startsWith('ä½ å¥½')).toBe(true);
    const result = repairMojibake(garbled);
    expect(result.text).toBe('你好，' + SIMPLIFIED);
    expect(result.repaired[0].kind).toBe('utf8-as-latin1');
    expect(repairMojibake('ä½ å¥½').text).toBe('你好');
  });

  test('GBK read as Big5', () => {
    const garbled = new TextDecoder('big5').decode(legacyEncoder('gbk').encode(SIMPLIFIED));
    const result = repairMojibake(garbled);
    expect(result.text).toBe(SIMPLIFIED);
    expect(result.repaired).toEqual([{ kind: 'gbk-as-big5', count: 1 }]);
  });

  test('Big5 read as GBK', () => {
    const garbled = new TextDecoder('gbk').decode(legacyEncoder('big5').encode(TRADITIONAL));
    const result = repairMojibake(garbled);
    expect(result.text).toBe(TRADITIONAL);
    expect(result.repaired).toEqual([{ kind: 'big5-as-gbk', count: 1 }]);
  });

  test('text those readings could be taken for stays: zhuyin, Japanese, both scripts, spaces between Latin-1 words', () => {
    for (const clean of ['注音 ㄉㄧˋ ㄈㄤ ㄒㄧㄣ ㄨㄣˊ，拼音 dì fāng', '日本語のテキストも、そのままです。カタカナとひらがな。', TRADITIONAL, SIMPLIFIED, 'Café au lait, naïve résumé à la carte.'])
      expect(repairMojibake(clean)).toEqual({ text: clean, repaired: [], unrecoverable: [] });
  });
});
