// The popup's controls act on the page: target script, and on/off for the site (off restores the page).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { launchExtension, type ExtensionSession } from '../harness/extension';
import { serveFolder, type FixtureServer } from '../harness/server';

let ext: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFolder(resolve(import.meta.dirname, '../fixtures'));
  ext = await launchExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const storedSettings = () =>
  ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);

test('changing the target converts the page; switching the site off restores it, on repairs it again', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/'));
  const heading = () => page.textContent('h1');
  await expect.poll(heading).toBe('城市绿道连起百里滨江');
  const popup = await ext.openPopup(page);
  await popup.getByTestId('target').waitFor();

  expect(await popup.getByTestId('converted').textContent()).toBe('简体（中国大陆）');
  // The page is Traditional already: a Taiwan target leaves it repaired but unconverted.
  await popup.getByTestId('target').selectOption('taiwan');
  await expect.poll(heading).toMatch(/^城市綠道連起百[里裏裡]濱江$/);
  await expect.poll(() => popup.getByTestId('converted').textContent()).toBe('未转换');
  expect((await storedSettings()).target).toBe('taiwan');

  await popup.getByTestId('site-toggle').uncheck();
  await expect.poll(heading).toBe('城市綠(lǜ)道連起百裏(lǐ)濱江'); // the page exactly as served
  expect((await storedSettings()).sites).toEqual([{ pattern: '127.0.0.1', mode: 'never' }]); // a rule in the options page's list
  await expect.poll(() => popup.getByTestId('idle').textContent()).toContain('未启用');

  await popup.getByTestId('site-toggle').check();
  await expect.poll(heading).toMatch(/^城市綠道連起百[里裏裡]濱江$/);
  expect((await storedSettings()).sites).toEqual([]);
  expect(await popup.getByTestId('idle').count()).toBe(0);
});
