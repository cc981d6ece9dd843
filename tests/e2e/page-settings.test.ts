import { expect, test } from 'vitest';
import { getState, patchSettings, waitForContentScript, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-TW' });

test('a Taiwan reader gets a Simplified page in Traditional (the default target follows the browser language)', async () => {
  const page = await world.openTab('/page/simplified.html');
  await waitForState(page, 'active');
  expect(await page.textContent('#p1')).toBe(
    '今年的軟件開發者大會吸引了來自全國各地的程序員。會上，幾位工程師介紹了他們在網絡安全和數據庫方面的最新研究。',
  );
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
  expect(await getState(world, page)).toMatchObject({ convertedTo: 'taiwan', verdict: { script: 'simplified' } });
});

test('settings changed elsewhere apply to an open tab at once: target, conversion off, per-site never', async () => {
  const page = await world.openTab('/page/simplified.html');
  await waitForState(page, 'active');
  expect(await page.textContent('h1')).toBe('軟件開發者大會在上海舉行');

  await patchSettings(world, { target: 'taiwan-phrases' });
  await expect.poll(() => page.textContent('h1')).toBe('軟體開發者大會在上海舉行');
  expect(await page.textContent('#p2')).toContain('資訊科技');

  await patchSettings(world, { target: 'hongkong' });
  await expect.poll(async () => (await getState(world, page)).convertedTo).toBe('hongkong');
  expect(await page.textContent('h1')).toBe('軟件開發者大會在上海舉行');

  await patchSettings(world, { conversion: 'off' });
  await expect.poll(() => page.textContent('h1')).toBe('软件开发者大会在上海举行');

  await patchSettings(world, { conversion: 'auto', phrases: { 上海: '滬' } });
  await expect.poll(() => page.textContent('h1')).toBe('軟件開發者大會在滬舉行');

  await patchSettings(world, { sites: { '127.0.0.1': 'never' } });
  await expect.poll(() => page.textContent('h1')).toBe('软件开发者大会在上海举行');
  expect(await getState(world, page)).toMatchObject({ active: false, idleReason: 'site-off' });
  await patchSettings(world, { sites: {}, phrases: {}, target: 'taiwan' });
});

test('a site set to "always" runs even on a page the cheap check would skip', async () => {
  const page = await world.openTab('/page/english.html');
  expect(await waitForContentScript(world, page)).toMatchObject({ active: false, idleReason: 'not-chinese' });
  expect(await page.getAttribute('html', 'data-qingwen')).toBeNull();
  await patchSettings(world, { sites: { '127.0.0.1': 'always' } });
  await waitForState(page, 'active');
  await patchSettings(world, { sites: {} });
});
