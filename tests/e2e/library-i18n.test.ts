// The extension pages follow the browser language: here 繁體中文 (zh-TW), with Taiwan as the target.
import { expect, test } from 'vitest';
import { screenshot } from '@/tests/harness/extension';
import { useWorld } from '@/tests/harness/world';
import { libraryUrl, saveFromPopup } from './library-helpers';

const world = useWorld({ locale: 'zh-TW' });

test('popup and library speak Traditional Chinese, and the saved article is in the reader’s script', async () => {
  const library = await world.openTab(libraryUrl(world.ext));
  await library.getByTestId('empty').waitFor();
  expect(await library.title()).toBe('清文文庫');
  expect(await library.getByTestId('empty').textContent()).toContain('還沒有儲存的文章');
  expect(await library.getByTestId('search').getAttribute('placeholder')).toBe('可用簡體或繁體搜尋…');

  const page = await world.openTab('/articles/greenway.html'); // already Traditional: repaired, not converted
  const popup = await saveFromPopup(world.ext, page);
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
