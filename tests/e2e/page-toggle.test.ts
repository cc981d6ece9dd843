import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeText, getState, sendToTab, snapshot, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });

async function open(path: string): Promise<Page> {
  const page = await world.openTab(path);
  await waitForState(page, 'active');
  return page;
}

const setActive = (page: Page, active: boolean) => sendToTab(world, page, 'popupToContentSetActive', { active }, null);

test('off, on, off gives back the page byte for byte', async () => {
  const page = await open('/page/traditional.html');
  const converted = await snapshot(page);
  expect(converted).toContain('城市绿道连起百里滨江');
  expect((await setActive(page, false)).active).toBe(false);
  const original = await snapshot(page);
  expect(original).toContain('城市綠道連起百里濱江');
  expect(original).toContain('<html lang="zh-Hant">');
  await setActive(page, true);
  expect(await snapshot(page)).toBe(converted);
  await setActive(page, false);
  expect(await snapshot(page)).toBe(original);
});

test('after the page changed itself while on, off gives exactly what the page would show without Qingwen', async () => {
  const update = { title: '明天的計畫', count: 2, items: ['買菜', '寫報告給經理', '運動', '讀書'] };
  // Reference tab: Qingwen off before the page changes.
  const reference = await open('/page/react-like.html');
  await setActive(reference, false);
  await reference.evaluate((u) => (window as any).appUpdate(u), update);
  const expected = await snapshot(reference);

  const page = await open('/page/react-like.html');
  await page.evaluate((u) => (window as any).appUpdate(u), update);
  await expect.poll(() => page.textContent('#app')).toBe('明天的计划已完成 2 项工作买菜写报告给经理运动读书');
  await setActive(page, false);
  expect(await snapshot(page)).toBe(expected);
  expect(await page.evaluate(() => (window as any).appText())).toBe('明天的計畫|已完成 2 項工作|買菜|寫報告給經理|運動|讀書');
  // And once more: on, another change, off.
  await setActive(page, true);
  await page.evaluate(() => (window as any).appUpdate({ count: 3 }));
  await reference.evaluate(() => (window as any).appUpdate({ count: 3 }));
  await expect.poll(() => page.textContent('#app p')).toBe('已完成 3 项工作');
  await setActive(page, false);
  expect(await snapshot(page)).toBe(await snapshot(reference));
});

test('the keyboard shortcut toggles the page and the badge follows', async () => {
  const page = await open('/page/traditional.html');
  await expect.poll(() => badgeText(world, page)).toBe('简');
  const tabId = await world.ext.tabIdOf(page);
  const run = () => world.ext.worker.evaluate((tabId) => (globalThis as any).qingwen.runCommand('toggle-page', tabId), tabId);
  expect((await run())?.active).toBe(false);
  await waitForState(page, 'off');
  expect(await page.textContent('h1')).toBe('城市綠道連起百里濱江');
  await expect.poll(() => badgeText(world, page)).toBe('off');
  expect((await run())?.active).toBe(true);
  expect(await page.textContent('h1')).toBe('城市绿道连起百里滨江');
  await expect.poll(() => badgeText(world, page)).toBe('简');
  expect((await getState(world, page)).active).toBe(true);
  // A new page in the tab starts with a clean badge.
  await page.goto(world.server.url('/page/english.html'));
  await expect.poll(() => badgeText(world, page)).toBe('');
});
