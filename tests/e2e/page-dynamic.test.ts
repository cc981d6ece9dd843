import { expect, test } from 'vitest';
import { getState, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });

test('an infinite-scroll page: every new batch is converted as it arrives, each node once', async () => {
  const page = await world.openTab('/page/infinite-scroll.html');
  await waitForState(page, 'active');
  const itemCount = (): Promise<number> => page.evaluate(() => (window as any).itemCount());
  for (let i = 0; i < 5; i++) {
    const before = await itemCount();
    await page.mouse.wheel(0, 5000);
    await expect.poll(itemCount).toBeGreaterThan(before); // the page loaded its next batch
  }
  const count = await itemCount();
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
  const page = await world.openTab('/page/spa.html');
  await waitForState(page, 'active');
  expect(await page.textContent('#view')).toBe('第一页的内容');
  await page.click('#go');
  await expect.poll(() => page.textContent('#view')).toBe('第二页的内容来了');
  await expect.poll(() => page.title()).toBe('第二页');
  await expect.poll(async () => (await getState(world, page)).url).toContain('view=second');
});
