// The options page looked at: light and dark in one language, and in all three languages
// (screenshots in artifacts/, looked at by a person). Also checks the page is reachable the
// ways a reader finds it: the manifest's options_ui (the extension menu) and the popup's link.
import { afterEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openWorld, type World } from '@/tests/harness/world';
import { screenshot } from '@/tests/harness/extension';

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

/** Some rules and phrases, so the lists show as a reader would see them. */
const SAMPLE = {
  target: 'taiwan',
  punctuation: 'target',
  sites: [
    { pattern: '*.example.com', mode: 'never' },
    { pattern: 'news.example.org', mode: 'target', target: 'hongkong' },
    { pattern: 'example.net/forum/', mode: 'always' },
  ],
  phrases: [
    { from: '鼠标', to: '滑鼠', direction: 'to-traditional' },
    { from: '上海', to: '滬', direction: 'both' },
  ],
  protect: [{ phrase: '東涌', direction: 'both' }],
};

async function openOptions(w: World): Promise<Page> {
  const page = await w.ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 1500 });
  await page.goto(`chrome-extension://${w.ext.extensionId}/options.html`);
  await page.getByTestId('options-target').waitFor();
  await page.evaluate(async (sample) => {
    const local = (globalThis as any).chrome.storage.local;
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...settings, ...sample } });
  }, SAMPLE);
  await expect.poll(() => page.getByTestId('site-rule').count()).toBe(3);
  return page;
}

async function fullShot(page: Page, name: string) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 900, height: Math.min(height, 2400) });
  return screenshot(page, name);
}

test('light and dark, Traditional Chinese; reachable from the extension menu and the popup', async () => {
  world = await openWorld({ locale: 'zh-TW' });
  const manifest = await world.ext.worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
  expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });

  const tab = await world.openTab('/page/simplified.html');
  const popup = await world.openPopup(tab);
  const link = popup.getByTestId('open-options');
  expect(await link.getAttribute('href')).toBe(`chrome-extension://${world.ext.extensionId}/options.html`);
  expect(await link.textContent()).toBe('選項');

  const page = await openOptions(world);
  expect(await page.title()).toBe('清文選項');
  await page.emulateMedia({ colorScheme: 'light' });
  await fullShot(page, 'options-zh-Hant-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 28)');
  await fullShot(page, 'options-zh-Hant-dark');
});

test.each([
  ['zh-CN', 'zh-Hans', '清文选项'],
  ['en-US', 'en', 'Qingwen options'],
])('in %s', async (browserLocale, name, title) => {
  world = await openWorld({ locale: browserLocale });
  const page = await openOptions(world);
  expect(await page.title()).toBe(title);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(name);
  await page.emulateMedia({ colorScheme: 'light' });
  await fullShot(page, `options-${name}-light`);
});
