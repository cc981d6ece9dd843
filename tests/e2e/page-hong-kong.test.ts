// A Hong Kong page (tests/fixtures/page/hong-kong.html) for a Simplified and for a Taiwan reader.
// Found on real Hong Kong news pages (HKET, Headline Daily, HK01, Sing Tao in the scrapping-webs
// test data): Hong Kong's own forms stayed for a Simplified reader (世衞) and for a Taiwan reader
// (温, 撑), and a Traditional headline with one 秘 came back through Simplified as 皇帝后宮.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openWorld, type World } from '@/tests/harness/world';
import { textsOf, waitForState } from '@/tests/harness/tab';

const IDS = ['switch', 'headline', 'markets', 'palace', 'cantonese', 'only'];

const READERS = [
  {
    locale: 'zh-CN',
    title: '世卫提醒注意卫生 天气趋温和',
    texts: [
      '简体版',
      '世卫提醒注意卫生 天气趋温和',
      '长假后港股仍然争持，分析员话经济基本面向好，会续撑港股。',
      '宫廷剧揭开皇帝后宫的秘密，后妃之间明争暗斗。',
      '佢话今日系冇落雨嘅，啲人食咗饭就嚟，试吓先，多谢晒。',
      '只系一场误会，大家唔使担心。',
    ],
    options: ['卫生新闻', '天气温和'],
  },
  {
    locale: 'zh-TW',
    // The page is Traditional already: only what is Simplified to a Taiwan reader changes.
    title: '世衞提醒注意衞生 天氣趨溫和',
    texts: [
      '簡體版',
      '世衞提醒注意衞生 天氣趨溫和',
      '長假後港股仍然爭持，分析員話經濟基本面向好，會續撐港股。',
      '宮廷劇揭開皇帝後宮的秘密，后妃之間明爭暗鬥。',
      '佢話今日係冇落雨嘅，啲人食咗飯就嚟，試吓先，多謝晒。',
      '衹係一場誤會，大家唔使擔心。',
    ],
    options: ['衞生新聞', '天氣溫和'],
  },
] as const;

describe.each(READERS)('for a $locale reader', ({ locale, title, texts, options }) => {
  let world: World;
  beforeAll(async () => {
    world = await openWorld({ locale });
  });
  afterAll(() => world?.close());

  test('Hong Kong forms read in the reader\'s script; what both scripts write stays', async () => {
    const page = await world.openTab('/page/hong-kong.html');
    await waitForState(page, 'active');
    await expect.poll(() => page.title()).toBe(title);
    await expect.poll(() => textsOf(page, IDS)).toEqual(texts);
    expect(await page.evaluate(() => [...document.querySelectorAll('option')].map((o) => o.textContent))).toEqual(options);
    const palaceTitle = await page.getAttribute('#palace', 'title');
    expect(palaceTitle).toBe(locale === 'zh-CN' ? '宫廷剧：皇帝后宫的秘密' : '宮廷劇：皇帝後宮的秘密');
    await page.close();
  });
});
