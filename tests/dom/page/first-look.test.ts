// The content script's first look, fed as the parser feeds it: one node at a time while the
// document is loading. (happy-dom's document is already parsed, so readyState is faked.)
import { afterEach, expect, test, vi } from 'vitest';
import { FirstLook, mayHaveTurnedChinese, type Look } from '@/lib/page/first-look';
import { countSample } from '@/lib/sniff/language';

let look: FirstLook | undefined;
afterEach(() => {
  look?.stop();
  vi.restoreAllMocks();
});

function loading() {
  vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
  document.documentElement.removeAttribute('lang');
  document.title = '';
  document.body.innerHTML = '';
}

function watch(): Look[] {
  const seen: Look[] = [];
  look = new FirstLook(document, (l) => seen.push({ ...l }));
  look.start();
  return seen;
}

/** Appends paragraphs one by one, as a parser does, and lets the observer deliver them. */
async function parse(texts: string[]) {
  for (const text of texts) {
    const p = document.createElement('p');
    document.body.appendChild(p);
    p.appendChild(document.createTextNode(text));
    await Promise.resolve();
  }
  await new Promise((resolve) => setTimeout(resolve, 0));
}

test('Traditional text arriving from the parser: Chinese, guessed Traditional', async () => {
  loading();
  const seen = watch();
  await parse(Array(12).fill('今天下午，市政府在新聞發布會上說，這個城市的地鐵線路將在明年全部開通。'));
  const last = seen.at(-1)!;
  expect(last.language).toBe('chinese');
  expect(last.script).toBe('traditional');
});

test('a page declared Japanese is Japanese before any text; kana prose says so on its own', async () => {
  loading();
  document.documentElement.lang = 'ja';
  const declared = watch();
  await parse(['東京都']);
  expect(declared.at(-1)!.language).toBe('japanese');
  expect(declared.at(-1)!.final).toBe(true);
  look!.stop();

  loading();
  const byText = watch();
  await parse(['今日の午後、市役所は記者会見で新しい路線が来年開通すると発表しました。', '利用者からは便利になるという声が聞かれました。']);
  expect(byText.at(-1)!.language).toBe('japanese');
});

test('an English page: settled by its title and lang at once, or by a bounded read of its text', async () => {
  loading();
  document.documentElement.lang = 'en';
  document.title = 'Riverside greenway opens';
  const seen = watch();
  await parse(['The new riverside greenway links a dozen parks.']);
  expect(seen.at(-1)).toMatchObject({ language: 'other', final: true });

  look!.stop();
  loading();
  const untitled = watch();
  // 5,000 paragraphs: the look stops long before the end (a fixed budget, not the page's size).
  await parse(Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} of a very long English page about parks.`));
  expect(untitled.at(-1)).toMatchObject({ language: 'other', final: true });
  expect(look!.records).toBeLessThan(200);
});

test('a first menu that is mostly Han leans Chinese before it decides; an English page with a Chinese word does not', async () => {
  loading();
  const seen = watch();
  await parse(['新聞', '體育', '財經']);
  expect(seen.at(-1)).toMatchObject({ language: null, leaning: true });
  look!.stop();
  loading();
  const english = watch();
  await parse(['The word for China is 中國, written in two characters.', 'More English text follows here, at length.']);
  expect(english.every((l) => !l.leaning)).toBe(true);
});

test('a page whose template says lang="en" but whose title is mostly Han leans Chinese at its first text', async () => {
  loading();
  document.documentElement.lang = 'en';
  document.title = '印度383对贫困新人参加集体婚礼 - 8world';
  const seen = watch();
  await parse(['Skip to main content']);
  expect(seen.at(-1)).toMatchObject({ language: null, leaning: true });
  look!.stop();
  // An English title with a Chinese name in it does not lean.
  loading();
  document.documentElement.lang = 'en';
  document.title = 'Li Wei (李偉) wins the city marathon';
  const english = watch();
  await parse(['Skip to main content']);
  expect(english.every((l) => !l.leaning)).toBe(true);
});

test('a title the parser only reaches inside the body (a head cut short by a parse error) still settles an English page', async () => {
  loading();
  for (const old of document.querySelectorAll('title')) old.remove();
  document.documentElement.lang = 'en';
  const seen = watch();
  await parse(['Skip to content']); // the body has started; there is no title yet
  expect(seen.at(-1)?.language ?? null).toBeNull();
  const title = document.createElement('title');
  title.textContent = "Obama admits US gun laws are his 'biggest frustration' - BBC News";
  document.body.appendChild(title);
  await parse(['Home', 'News']);
  expect(seen.at(-1)).toMatchObject({ language: 'other', final: true });
});

test('an English title with curly quotes (counted as possible debris) still settles a page declared English', async () => {
  loading();
  document.documentElement.lang = 'en';
  document.title = 'Obama admits US gun laws are his ‘biggest frustration’ – BBC News';
  const seen = watch();
  await parse(['Skip to content']);
  expect(seen.at(-1)).toMatchObject({ language: 'other', final: true });
});

/** Appends every paragraph at once (one parser chunk, one observer callback). */
async function parseInOneGo(texts: string[]) {
  for (const text of texts) document.body.appendChild(document.createElement('p')).appendChild(document.createTextNode(text));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const NAV = ['International', 'U.S.', 'Markets', 'Technology', 'Media', 'Personal Finance', 'Small Business', 'Luxury'];

test('a page with no lang: an English title of a few words settles it at once, a short one after its first lines', async () => {
  loading();
  document.title = "The 'birth lottery' and economic mobility - Feb. 1, 2016";
  const titled = watch();
  await parseInOneGo(Array.from({ length: 400 }, (_, i) => NAV[i % NAV.length]));
  expect(titled.at(-1)).toMatchObject({ language: 'other', final: true });
  expect(titled.at(-1)!.counts.visible).toBeLessThan(80); // the title, and no text

  look!.stop();
  loading(); // a site's name: one witness, then 150 characters of text without Han
  document.title = 'Daily News';
  const named = watch();
  await parseInOneGo(Array.from({ length: 400 }, (_, i) => NAV[i % NAV.length]));
  expect(named.at(-1)).toMatchObject({ language: 'other', final: true });
  expect(named.at(-1)!.counts.visible).toBeGreaterThanOrEqual(150);
  expect(named.at(-1)!.counts.visible).toBeLessThan(260); // not the 4,096 characters of a chunk

  look!.stop();
  loading(); // no title: 600 characters of text decide, still not the whole chunk
  const untitled = watch();
  await parseInOneGo(Array.from({ length: 400 }, (_, i) => NAV[i % NAV.length]));
  expect(untitled.at(-1)).toMatchObject({ language: 'other', final: true });
  expect(untitled.at(-1)!.counts.visible).toBeGreaterThanOrEqual(600);
  expect(untitled.at(-1)!.counts.visible).toBeLessThan(700);
});

test('a page with no lang and an English title whose text is Chinese is still Chinese', async () => {
  loading();
  document.title = 'Daily News';
  const seen = watch();
  await parse(['Home', 'News', ...Array(6).fill('今天下午，市政府在新聞發布會上說，這個城市的地鐵線路將在明年全部開通。')]);
  expect(seen.at(-1)!.language).toBe('chinese');
});

test('one more look after load only where the first had little to judge, or the title turned Chinese', () => {
  const little = countSample('Loading');
  const plenty = countSample('The new riverside greenway links a dozen parks. '.repeat(10));
  expect(mayHaveTurnedChinese(little, '')).toBe(true); // a shell: its text comes from script
  expect(mayHaveTurnedChinese(little, 'App')).toBe(true);
  expect(mayHaveTurnedChinese(plenty, '')).toBe(false);
  expect(mayHaveTurnedChinese(little, 'Riverside greenway opens - City News')).toBe(false);
  expect(mayHaveTurnedChinese(plenty, '河濱綠道啟用 - City News')).toBe(true);
});

test('a page with no lang and a Chinese title leans Chinese at once, and English menus first do not make it "not Chinese"', async () => {
  loading();
  document.title = '市政府宣布地鐵新線明年通車 - 城市日報';
  const seen = watch();
  await parse(['Home']);
  expect(seen.at(-1)).toMatchObject({ language: null, leaning: true });
  // 800 characters of English menus, then the article.
  await parse(Array.from({ length: 100 }, (_, i) => NAV[i % NAV.length]));
  expect(seen.at(-1)!.language).toBeNull();
  await parse(Array(4).fill('今天下午，市政府在新聞發布會上說，這個城市的地鐵線路將在明年全部開通。'));
  expect(seen.at(-1)).toMatchObject({ language: 'chinese', script: 'traditional' });
  expect(seen.some((l) => l.language === 'other')).toBe(false);
});
