import { afterAll, beforeAll, expect, test } from 'vitest';
import { getState, openWorld, waitForState, type PageWorld } from './page-support';

let world: PageWorld;
beforeAll(async () => (world = await openWorld({ locale: 'zh-CN' })));
afterAll(() => world?.close());

test('an infinite-scroll page: every new batch is converted as it arrives, each node once', async () => {
  const page = await world.ext.context.newPage();
  await page.goto(world.server.url('/page/infinite-scroll.html'));
  await waitForState(page, 'active');
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(150);
  }
  const count = await page.evaluate(() => (window as any).itemCount());
  expect(count).toBeGreaterThanOrEqual(30);
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('article h2')].filter((h) => /[則關於報導]/.test(h.textContent!)).length))
    .toBe(0);
  const last = await page.evaluate((n) => document.getElementById('item-' + (n - 1))!.textContent, count);
  expect(last).toMatch(/^第\d+则：关于.+的报导这是一则自动产生的新闻，记者从现场发回报导。$/);
  const state = await getState(world, page);
  // Each article has two text nodes (heading, paragraph), plus the title and "載入中" of the page itself.
  expect(state.changedNodes).toBe(count * 2 + 2);
});

test('a single-page app: content after pushState is converted and the state follows the new address', async () => {
  const page = await world.ext.context.newPage();
  await page.goto(world.server.url('/page/spa.html'));
  await waitForState(page, 'active');
  expect(await page.textContent('#view')).toBe('第一页的内容');
  await page.click('#go');
  await expect.poll(() => page.textContent('#view')).toBe('第二页的内容来了');
  await expect.poll(() => page.title()).toBe('第二页');
  await expect.poll(async () => (await getState(world, page)).url).toContain('view=second');
});
