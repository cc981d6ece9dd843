import { expect, test } from 'vitest';
import { screenshot } from '@/tests/harness/extension';
import { badgeText, getState, textsOf, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });

test('a Traditional page is converted in place for a Simplified reader; code, input and editable text stay', async () => {
  const page = await world.openTab('/page/traditional.html');
  await waitForState(page, 'active');
  await expect.poll(() => page.title()).toBe('城市绿道连起百里滨江');
  expect(await textsOf(page, ['headline', 'p1', 'pre', 'code', 'editable', 'notranslate', 'translate-no', 'english'])).toEqual([
    '城市绿道连起百里滨江',
    '清晨六点，江边的绿道上已经有不少市民在跑步、骑行和散步。这条绿道全长一百多公里，把沿江的十几个公园连在一起。',
    '設定檔：綠道.conf',
    '變數 = "綠道"',
    '使用者正在編輯這段文字',
    '這段標記為不翻譯',
    '這段也不應轉換',
    'Plain English text stays as it is.',
  ]);
  const attrs = await page.evaluate(() => ({
    alt: document.getElementById('photo')!.getAttribute('alt'),
    title: document.getElementById('photo')!.getAttribute('title'),
    placeholder: document.getElementById('search')!.getAttribute('placeholder'),
    value: (document.getElementById('search') as HTMLInputElement).value,
    textarea: (document.getElementById('comment') as HTMLTextAreaElement).value,
    nav: document.querySelector('nav')!.getAttribute('aria-label'),
    lang: document.documentElement.lang,
    englishLang: document.querySelector('span[lang]')!.getAttribute('lang'),
  }));
  expect(attrs).toEqual({
    alt: '绿道上骑自行车的市民',
    title: '摄影：记者',
    placeholder: '搜寻新闻',
    value: '綠道',
    textarea: '我覺得這條綠道很漂亮',
    nav: '网站导览',
    lang: 'zh-Hans',
    englishLang: 'en',
  });
  const state = await getState(world, page);
  expect(state).toMatchObject({ active: true, convertedTo: 'simplified', verdict: { script: 'traditional' } });
  expect(state.changedNodes).toBeGreaterThan(8);
  await expect.poll(() => badgeText(world, page)).toBe('简');
  const shot = await screenshot(page, 'page-traditional-to-simplified');
  expect(shot).toMatch(/\.png$/);
});

test('a page already in the reader\'s script is left as it is', async () => {
  const page = await world.openTab('/page/simplified.html');
  await waitForState(page, 'active'); // set once the first pass is written
  const state = await getState(world, page);
  expect(state).toMatchObject({ active: true, changedNodes: 0, verdict: { script: 'simplified' } });
  expect(state.convertedTo).toBeUndefined();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
});
