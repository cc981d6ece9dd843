// Each kind, made here by applying the real mechanism to text written for these tests.
import { describe, expect, test } from 'vitest';
import { detectGarbles } from '@/lib/garbles/detect-garbles';
import { legacyEncoder } from '@/lib/codec/legacy-tables';
import type { GarbleKind } from '@/lib/engine/types';

const TEXT = '城市绿道连起百里滨江。清晨六点，江边的绿道上已经有不少市民在跑步、骑行和散步。';
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
const kindsOf = (text: string) => detectGarbles(text).map((g) => g.kind);
const finding = (text: string, kind: GarbleKind) => detectGarbles(text).find((g) => g.kind === kind);

describe('codec mojibake', () => {
  test('UTF-8 read as GBK', () => {
    expect(finding(new TextDecoder('gbk').decode(utf8(TEXT)), 'utf8-as-gbk')).toMatchObject({ recoverable: true });
  });
  test('GBK read as latin-1', () => {
    expect(kindsOf(latin1(legacyEncoder('gbk').encode(TEXT)))).toEqual(['gbk-as-latin1']);
  });
  test('UTF-8 read as latin-1', () => {
    expect(kindsOf(latin1(utf8(TEXT)))).toEqual(['utf8-as-latin1']);
  });
  test('UTF-8 read as latin-1 twice', () => {
    expect(kindsOf(latin1(utf8(latin1(utf8(TEXT)))))).toEqual(['double-utf8']);
  });
});

describe('unrecoverable', () => {
  test('U+FFFD runs are counted per run', () => {
    expect(finding('前文\ufffd\ufffd中间\ufffd后文', 'replacement-chars')).toMatchObject({ count: 2, recoverable: false });
  });
  test('锟斤拷, made from U+FFFD U+FFFD the way it happens', () => {
    const kunjinkao = new TextDecoder('gbk').decode(utf8('\ufffd\ufffd'));
    expect(kunjinkao).toBe('锟斤拷');
    expect(finding(`标题${kunjinkao}${kunjinkao}正文`, 'kunjinkao')).toMatchObject({ count: 1, recoverable: false });
  });
});

test('escape artefacts', () => {
  expect(finding('第一段_x000D_ _x000D_第二段&amp;nbsp;完', 'escape-artifact')).toMatchObject({ count: 3, recoverable: true });
});

describe('script problems', () => {
  test('bad Simplified-to-Traditional conversion', () => {
    const f = finding('習近平同中外記者見麵，表示全麵建設，完成曆史任務，實現民族複興。', 'bad-s2t');
    expect(f?.count).toBe(4);
    expect(f?.confidence).toBeGreaterThanOrEqual(0.9);
  });
  test('Simplified leftovers in Traditional text', () => {
    expect(finding('會議之后，於是他們在這里討論了什么，並且關于環境。', 'bad-s2t')?.count).toBeGreaterThanOrEqual(3);
  });
  test('mixed script', () => {
    expect(kindsOf('经济发展与环境保护并重，这里的研究团队。經濟發展與環境保護並重，臺灣的研究團隊。')).toContain('mixed-script');
  });
});

describe('no false alarms', () => {
  const clean = [
    TEXT,
    '經濟發展與環境保護並重，臺灣的研究團隊今年發表了新成果。',
    '面条、面包和见面：这些词里的面都对。历史、复兴、里程碑。',
    '一(yī) 枝(zhī) 紅(hóng) 豔(yàn) 露(lù) 凝(níng) 香(xiāng)',
    'Café, naïve, Müller, Søren, 50% off — “quoted” text… ½ price',
    '北京(Beijing)报道 (2023年09月08日 05版) (AP)',
    'AT&amp;T 和 R&D',
    // 帝后 (a king and a queen) and the Taichung district 后里 are Traditional as written.
    '今年的視帝后都來自同一部劇，頒獎禮後視帝后一同接受訪問。',
    '週末我們去台中后里騎腳踏車，再到后里的農場吃午餐。',
  ];
  for (const text of clean) test(text, () => expect(detectGarbles(text)).toEqual([]));
});
