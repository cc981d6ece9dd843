// The first look's verdicts, on text written for these tests: Chinese in either script, Japanese
// (kana, and kanji-only headings), Korean, English, and bytes decoded with the wrong charset.
import { expect, test } from 'vitest';
import { countSample, guessScript, isJapaneseText, isKoreanText, languageFromTag, languageOf } from '@/lib/sniff/language';

const SIMPLIFIED = '今天下午，市政府在新闻发布会上说，这个城市的地铁线路将在明年全部开通，乘客们对此表示欢迎。';
const TRADITIONAL = '今天下午，市政府在新聞發布會上說，這個城市的地鐵線路將在明年全部開通，乘客們對此表示歡迎。';
const JAPANESE = [
  '今日の午後、市役所は記者会見で地下鉄の新しい路線が来年すべて開通すると発表しました。',
  '利用者からは便利になるという声が多く聞かれました。',
  '駅の周辺では再開発の計画も進んでいます。',
  '天気予報によると、週末は晴れる見込みです。',
];
/** Japanese headings and names written in kanji alone: no character of theirs says "Japanese". */
const KANJI_ONLY = [
  '東京都', '内閣総理大臣', '国会議事堂', '大阪府警', '経済産業省', '地下鉄新線', '市役所', '北海道新聞', '記者会見',
  '天気予報', '再開発計画', '高速道路', '国際空港', '文部科学省', '東海道新幹線', '県知事選挙', '最高裁判所', '日本銀行',
  '沖縄県', '横浜市長', '衆議院選挙', '財務大臣', '気象庁', '京都大学', '国土交通省', '広島平和記念館', '総務省',
];

test('a declared language settles it; "en" does not (templates keep it on Chinese pages)', () => {
  expect(languageFromTag('zh-Hant-TW')).toBe('chinese');
  expect(languageFromTag('ja')).toBe('japanese');
  expect(languageFromTag('ko-KR')).toBe('korean');
  expect(languageFromTag('en')).toBeNull();
  expect(languageFromTag(null)).toBeNull();
});

test('Chinese text is Chinese, and its frequent marks guess the script', () => {
  const simplified = countSample(SIMPLIFIED.repeat(3));
  const traditional = countSample(TRADITIONAL.repeat(3));
  expect(languageOf(simplified, false)).toBe('chinese');
  expect(languageOf(traditional, false)).toBe('chinese');
  expect(guessScript(simplified)).toBe('simplified');
  expect(guessScript(traditional)).toBe('traditional');
  expect(guessScript(countSample('中文'))).toBe('unknown');
});

test('Japanese prose is Japanese, Korean is Korean, English is other', () => {
  expect(languageOf(countSample(JAPANESE.join('')), true)).toBe('japanese');
  expect(languageOf(countSample('서울시는 내년에 새로운 지하철 노선을 모두 개통한다고 밝혔다. 시민들은 환영했다.'), true)).toBe('korean');
  expect(languageOf(countSample('The city said its new subway lines will all open next year. '.repeat(15)), false)).toBe('other');
  // Too little to say while the page is still loading.
  expect(languageOf(countSample('The city said'), false)).toBeNull();
});

test('GBK read as UTF-8 is misdecoded, even where byte pairs happen to form kana', () => {
  const gbk = Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xca, 0xc0, 0xbd, 0xe7, 0xe3, 0x81, 0x82]);
  const shown = new TextDecoder('utf-8').decode(Buffer.concat(Array(20).fill(gbk)));
  expect(languageOf(countSample(shown), true)).toBe('misdecoded');
  const latin1 = new TextDecoder('windows-1252').decode(Buffer.concat(Array(20).fill(gbk.subarray(0, 8))));
  expect(languageOf(countSample(latin1), true)).toBe('misdecoded');
});

test('a text whose kana stand beside its kanji is Japanese; one の in Chinese prose is not', () => {
  expect(isJapaneseText('東京の天気')).toBe(true);
  expect(isJapaneseText('取り組む')).toBe(true);
  expect(isJapaneseText(JAPANESE[0])).toBe(true);
  expect(isJapaneseText('小林の店：手工麵包與咖啡')).toBe(false);
  expect(isJapaneseText('阿諾・史瓦辛格')).toBe(false); // ・ is Chinese punctuation too
  expect(isJapaneseText(TRADITIONAL)).toBe(false);
});

test('a text mostly in Hangul is Korean, hanja and all; a Korean name in a Chinese sentence is not', () => {
  expect(isKoreanText('대한민국 國會 議員')).toBe(true);
  expect(isKoreanText('國會는 오늘 본회의를 열었다')).toBe(true);
  expect(isKoreanText('韓國總統尹錫悅（윤석열）昨日表示，將會繼續推動改革。')).toBe(false);
  expect(isKoreanText(TRADITIONAL)).toBe(false);
  expect(isKoreanText('東京の天気')).toBe(false);
});

/** A small deterministic generator, so every run checks the same pages. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

test('Japanese pages with many kanji-only nodes: fewer than 1 in 1,000 of those nodes would be converted', () => {
  const next = random(8);
  let kanjiNodes = 0;
  let converted = 0;
  const pages = 200;
  for (let p = 0; p < pages; p++) {
    // A page: 20 to 60 nodes, a third to two thirds of them kanji-only headings, the rest prose.
    const size = 20 + Math.floor(next() * 40);
    const share = 0.33 + next() * 0.33;
    const nodes = Array.from({ length: size }, () =>
      next() < share ? KANJI_ONLY[Math.floor(next() * KANJI_ONLY.length)] : JAPANESE[Math.floor(next() * JAPANESE.length)],
    );
    const kanji = nodes.filter((n) => !isJapaneseText(n));
    kanjiNodes += kanji.length;
    // The page is judged on its text as the first look and the session read it (no lang attribute).
    const verdict = languageOf(countSample(nodes.join('\n')), true);
    if (verdict !== 'japanese' && verdict !== 'korean') converted += kanji.length;
  }
  expect(kanjiNodes).toBeGreaterThan(2000);
  expect(converted / kanjiNodes).toBeLessThan(0.001);
});
