// Big5-HKSCS text that lost its 0x9D-0xA0 lead bytes, made by the mechanism (mechanism.ts) from
// Cantonese written for these tests.
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { findLostLeads, repairLostLeads } from '@/lib/garbles/big5-lost-lead';
import { findResyncedPairs } from '@/lib/garbles/big5-lost-lead/resync';
import { detectGarbles, loadWordModel, repairText, repairTexts } from '@/lib/engine';
import { decodeHTML } from 'entities';
import { corpusExcerpts, corpusFile } from '@/tests/harness/corpus';
import { corpusPages } from '@/tests/harness/corpus-pages';
import { decodeBig5, dropLeads, encodeHkscs, loseLeads } from './mechanism';

beforeAll(async () => {
  await loadWordModel();
});

// Each lost lead here is followed, a few characters on, by a trail byte in the ASCII range.
const SENTENCES = [
  '喺民主派入面',
  '我哋今日喺中環食飯，佢話嗰間餐廳好好食。',
  '不過啲價錢貴咗好多。',
  '有人話佢哋嘅立場唔清楚，但係佢哋嘅支持者唔係咁諗。',
  '呢度啲人好友善。',
  '佢琴日買咗部新電話。',
  '議員喺會上表示，政府要再諮詢。',
];

describe('the mechanism', () => {
  test('gives the garble seen on a Hong Kong news site', () => {
    expect(loseLeads('喺民主派')).toBe('鬘薔D派');
  });

  test('drops lead bytes only: a trail byte of the same value stays', () => {
    expect(dropLeads([0x9d, 0xf6, 0xa5, 0x9d, 0x41])).toEqual([0xf6, 0xa5, 0x9d, 0x41]);
    expect(decodeBig5(encodeHkscs('喺民主派'))).toBe('喺民主派');
  });
});

describe('repair', () => {
  test.each(SENTENCES)('puts the lost lead bytes back: %s', (sentence) => {
    const garbled = loseLeads(sentence);
    expect(garbled).not.toBe(sentence);
    const result = repairLostLeads(garbled);
    expect(result.text).toBe(sentence);
    expect(result.repaired).toBeGreaterThan(0);
    expect(repairLostLeads(result.text).text).toBe(result.text);
  });

  test('through the engine: found, repaired and counted', () => {
    const garbled = loseLeads(SENTENCES[1]);
    expect(detectGarbles(garbled).map((f) => f.kind)).toContain('big5-lost-lead');
    const result = repairText(garbled);
    expect(result.text).toBe(SENTENCES[1]);
    expect(result.report.repaired).toEqual([{ kind: 'big5-lost-lead', count: 2 }]);
  });

  test('a lead byte that met ASCII: the run is put back, the character that lost both bytes is reported', () => {
    // 喺 loses 0x9D; 中環 reads one byte off until 環's trail meets the space and becomes U+FFFD.
    const garbled = loseLeads('我哋喺中環 IFC 等你');
    expect(garbled).toContain('\ufffd');
    const result = repairText(garbled);
    expect(result.text).toBe('我哋喺中\ufffd IFC 等你');
    expect(result.report.unrecoverable.map((s) => [s.start, s.text])).toEqual([[4, '\ufffd']]);
  });

  test('a lost character right before ASCII is gone: reported, not guessed', () => {
    const garbled = loseLeads('佢琴日喺 IFC 食飯');
    const result = repairText(garbled);
    expect(result.text).toBe(garbled);
    expect(result.report.unrecoverable).toHaveLength(1);
  });

  test('two leads lost close together leave no mark: put back only on a page that proved the garble, and reported', () => {
    // 喺 and 咗 lose their leads; 度住 between them reads one byte off, and 十 is in step again.
    const garbled = loseLeads('佢喺度住咗十年。');
    expect(garbled).toBe('佢鰜蛈薕十年。');
    expect(repairText(garbled).text).toBe(garbled); // alone, nothing proves it
    const { texts, report } = repairTexts([garbled, loseLeads('佢哋喺民主派入面。')]);
    expect(texts).toEqual(['佢喺度住咗十年。', '佢哋喺民主派入面。']);
    expect(report.unrecoverable).toContainEqual(expect.objectContaining({ item: 0, text: '喺度住咗', kind: 'big5-lost-lead' }));
  });

  test('leaves letters that belong to the text alone', () => {
    for (const clean of ['卡拉OK之夜', '港股A股齊升', '5G網絡', '第A組比賽', '用iPhone影相', '公司(A)及(B)', '溫度係25°C。', '按一下 [關閉] 按鈕', '選擇[轉換] - 完成', '設定 {名稱} 為'])
      expect(findLostLeads(clean)).toEqual([]);
  });
});

describe('real clean text is left alone (the shared corpus, read in place)', () => {
  test('the excerpts, garbled or clean: none of them lost Big5 lead bytes', () => {
    const excerpts = corpusExcerpts();
    expect(excerpts.length).toBeGreaterThan(40);
    for (const excerpt of excerpts) expect(findLostLeads(excerpt.text), excerpt.id).toEqual([]);
  });

  test('2 MB of bulk Simplified and Traditional text', () => {
    for (const file of ['bench/traditional-1m.txt', 'bench/simplified-1m.txt', 'seed-article.txt']) expect(findLostLeads(corpusFile(file)), file).toEqual([]);
  });

  test('the visible text of the 25 real pages, Hong Kong news among them', () => {
    const pages = corpusPages();
    expect(pages.filter((p) => p.slug.startsWith('hk-')).length).toBeGreaterThanOrEqual(8);
    for (const page of pages) {
      const html = new TextDecoder(page.charset === 'gbk' ? 'gb18030' : 'utf-8').decode(page.bytes());
      const text = decodeHTML(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, '\n'));
      expect(findLostLeads(text), page.slug).toEqual([]);
      expect(findResyncedPairs(text), page.slug).toEqual([]);
    }
  });

  test('nor would two leads lost close together be read into them, were the page to prove the garble', () => {
    for (const file of ['bench/traditional-1m.txt', 'bench/simplified-1m.txt']) expect(findResyncedPairs(corpusFile(file)), file).toEqual([]);
    // Mojibake excerpts are left out: their garbage is repaired by its own kind first.
    for (const excerpt of corpusExcerpts().filter((e) => !/decoded|roundtrip|double|lossy/.test(e.kind))) expect(findResyncedPairs(excerpt.text), excerpt.id).toEqual([]);
  });
});

describe('a repair is its own fixpoint', () => {
  // Found by the property below (1 sentence in 15,000): two leads put back where the text fell
  // back in step left a single lost lead that only a second repair read.
  test.each(['我哋貴咗佢哋啲嘢今日聽日喺度議員嘅清楚佢哋今日', '聽日聽日貴咗喺度喺度價錢嘅', '啲嘢中環喺度食飯議員嘅唔係政府中環議員議員'])('%s', (text) => {
    const repaired = repairLostLeads(loseLeads(text), true).text;
    expect(repaired).toBe(text);
    expect(repairLostLeads(repaired, true).text).toBe(repaired);
  });
});

describe('properties', () => {
  const WORDS = ['我哋', '佢哋', '今日', '聽日', '喺度', '中環', '食飯', '好好食', '價錢', '貴咗', '啲嘢', '嘅', '議員', '政府', '支持者', '唔係', '新電話', '民主派', '立場', '清楚', '，', '。'];
  const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(''));

  test('clean Cantonese is never touched, on a page that proved the garble too', () => {
    fc.assert(fc.property(sentence, (text) => repairLostLeads(text).text === text && repairLostLeads(text, true).text === text));
  });

  test('on a proven page, a repair never takes the text further from the original either, and is its own fixpoint', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const garbled = loseLeads(text);
        const repaired = repairLostLeads(garbled, true).text;
        expect(repairLostLeads(repaired, true).text).toBe(repaired);
        expect(sameCharacters(repaired, text)).toBeGreaterThanOrEqual(sameCharacters(garbled, text));
      }),
    );
  });

  test('a repair never takes the text further from the original, and a second repair changes nothing', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const garbled = loseLeads(text);
        const repaired = repairLostLeads(garbled).text;
        expect(repairLostLeads(repaired).text).toBe(repaired);
        expect(sameCharacters(repaired, text)).toBeGreaterThanOrEqual(sameCharacters(garbled, text));
      }),
    );
  });
});

/** Characters at the same place from either end: a lost lead shifts only the run it garbled. */
function sameCharacters(a: string, b: string): number {
  let same = 0;
  for (let i = 0; i < Math.min(a.length, b.length) && a[i] === b[i]; i++) same++;
  for (let i = 1; i <= Math.min(a.length, b.length) - same && a[a.length - i] === b[b.length - i]; i++) same++;
  return same;
}
