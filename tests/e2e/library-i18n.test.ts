// The extension pages follow the browser language: here 繁體中文 (zh-TW), with Taiwan as the target.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { launchExtension, screenshot, type ExtensionSession } from '../harness/extension';
import { serveFolder, type FixtureServer } from '../harness/server';
import { libraryUrl, saveFromPopup } from './library-helpers';

let ext: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFolder(resolve(import.meta.dirname, '../fixtures'));
  ext = await launchExtension({ locale: 'zh-TW' });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('popup and library speak Traditional Chinese, and the saved article is in the reader’s script', async () => {
  const library = await ext.context.newPage();
  await library.goto(libraryUrl(ext));
  await library.getByTestId('empty').waitFor();
  expect(await library.title()).toBe('清文文庫');
  expect(await library.getByTestId('empty').textContent()).toContain('還沒有儲存的文章');
  expect(await library.getByTestId('search').getAttribute('placeholder')).toBe('可用簡體或繁體搜尋…');

  const page = await ext.context.newPage();
  await page.goto(server.url('/articles/greenway.html')); // already Traditional: repaired, not converted
  const popup = await saveFromPopup(ext, page);
  expect(await popup.textContent('body')).toContain('儲存文章');
  expect(await popup.getByTestId('target').inputValue()).toBe('taiwan');

  await library.bringToFront();
  await expect.poll(() => library.locator('.item-title').first().textContent()).toContain('城市綠道帶動經濟發展');
  await library.locator('.item-title').first().click();
  await expect.poll(() => library.getByTestId('reader-body').getAttribute('lang')).toBe('zh-Hant');
  expect(await library.getByTestId('export-txt').textContent()).toBe('純文字');
  await screenshot(library, 'library-zh-tw');
  await screenshot(popup, 'popup-zh-tw');
});
