// Whole real news pages from the shared corpus (read in place): converted without breaking,
// and toggled back to exactly what the browser showed.
import { expect, test } from 'vitest';
import { screenshot } from '@/tests/harness/extension';
import { getState, sendToTab, snapshot, waitForState } from '@/tests/harness/tab';
import { CORPUS_PAGES_DIR, useWorld } from '@/tests/harness/world';

const zhCN = useWorld({ locale: 'zh-CN', serve: CORPUS_PAGES_DIR });
const zhTW = useWorld({ locale: 'zh-TW', serve: CORPUS_PAGES_DIR });

test.each([
  ['pixnet', 'zh-CN', '新竹尖石_美树营地赏枫', 'simplified'],
  ['qq', 'zh-TW', 'DeepMind新電腦已可利用記憶自學', 'taiwan'],
  ['gmw', 'zh-TW', '太空中喝酒會怎麼樣', 'taiwan'],
] as const)('%s for a %s reader: converted in place, nothing broken, off gives the page back', async (slug, locale, expected, target) => {
  const world = locale === 'zh-CN' ? zhCN : zhTW;
  const page = await world.ext.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(world.server.url(`/${slug}/source.html`), { waitUntil: 'domcontentloaded' });
  await waitForState(page, 'active');
  expect(await page.title()).toContain(expected);
  const state = await getState(world, page);
  expect(state).toMatchObject({ active: true, convertedTo: target });
  expect(state.error).toBeUndefined();
  expect(state.changedNodes).toBeGreaterThan(20);
  await screenshot(page, `page-real-${slug}`);

  await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
  const original = await snapshot(page);
  await sendToTab(world, page, 'popupToContentSetActive', { active: true }, null);
  expect(await page.title()).toContain(expected);
  await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
  expect(await snapshot(page)).toBe(original);
  // The page's own scripts may fail offline (their CDNs are blocked); none of the errors is ours.
  expect(pageErrors.filter((m) => /qingwen|engine\.js|chrome-extension/i.test(m))).toEqual([]);
});
