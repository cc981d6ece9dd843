// The popup as a tab: what it reports, its controls, the keyboard, both themes, saving.
import { expect, test } from 'vitest';
import { resolve } from 'node:path';
import { ARTIFACTS_DIR, screenshot } from '@/tests/harness/extension';
import { useWorld } from '@/tests/harness/world';
import { readStoredLibrary } from './library-helpers';

const world = useWorld({ locale: 'zh-CN' });

test('popup.html?tabId=N reports on tab N, in the browser language, and saves from the keyboard', async () => {
  // The demo mirror page: Traditional text with pinyin injected after many characters.
  const page = await world.openTab('/demo/');
  await world.openTab('/demo/english.html'); // a later, focused tab: the popup must still act on `page`
  const popup = await world.openPopup(page);
  await expect.poll(() => popup.textContent('h1')).toContain('清文');
  await popup.getByTestId('save').waitFor();
  expect(await popup.locator('html').getAttribute('lang')).toBe('zh-Hans');
  expect(await popup.textContent('body')).toContain('保存文章');

  // What was detected and done, as the page session reports it (browser language zh-CN: target Simplified).
  await expect.poll(() => popup.getByTestId('script').textContent()).toBe('繁体中文');
  expect(await popup.getByTestId('converted').textContent()).toBe('简体（中国大陆）');
  expect(await popup.getByTestId('repaired').textContent()).toMatch(/正文中插入了拼音 ×\d+/);
  expect(await popup.getByTestId('site-toggle').isChecked()).toBe(true);
  expect(await popup.getByTestId('target').inputValue()).toBe('simplified');

  await popup.emulateMedia({ colorScheme: 'light' });
  await screenshot(popup, 'popup-light');
  await popup.emulateMedia({ colorScheme: 'dark' });
  const darkBackground = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).toBe('rgb(23, 25, 28)');
  await screenshot(popup, 'popup-dark');
  await popup.emulateMedia({ colorScheme: 'light' });

  // Keyboard only: Tab to the save button, which shows a focus ring, and press Enter.
  await popup.bringToFront();
  let focused = '';
  for (let i = 0; i < 12 && focused !== 'save'; i++) {
    await popup.keyboard.press('Tab');
    focused = await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  }
  expect(focused).toBe('save');
  const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
  await popup.keyboard.press('Enter');
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 15_000 }).toContain('已保存');

  // Saved as the reader sees it: repaired (no pinyin left), converted, with what was done.
  const [stored] = await readStoredLibrary(world.ext.worker);
  expect(stored.meta.url).toBe(world.server.url('/demo/'));
  expect(stored.meta.title).toContain('城市绿道连起百里滨江');
  expect(stored.meta.byline).toMatch(/林晓岚/);
  expect(stored.meta.method).toBe('readability');
  expect(stored.meta.detectedScript).toBe('traditional');
  expect(stored.meta.convertedTo).toBe('simplified');
  expect(stored.meta.repaired).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'pinyin-injection' })]));
  expect(stored.body.text).toContain('江边的绿道上已经有不少市民');
  expect(stored.body.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  expect(stored.body.text).not.toContain('首页');
  await popup.screenshot({ path: resolve(ARTIFACTS_DIR, 'popup-saved.png'), fullPage: true });
});

test('a fixture article keeps its image by URL, and its metadata', async () => {
  const page = await world.openTab('/articles/greenway.html');
  const popup = await world.openPopup(page);
  await popup.getByTestId('save').click();
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 15_000 }).toContain('已保存');
  const stored = (await readStoredLibrary(world.ext.worker)).find((r) => r.meta.url === world.server.url('/articles/greenway.html'))!;
  expect(stored.meta.title).toMatch(/城市[綠绿]道带动经济发展/);
  expect(stored.meta.byline).toMatch(/林晓雯/);
  expect(stored.meta.siteName).toBe('清文测试日报');
  expect(stored.meta.publishedTime).toBe('2026-11-20T08:30:00+08:00');
  expect(stored.body.html).toContain(`src="${world.server.url('/articles/greenway.png')}"`);
  expect(stored.body.text).not.toContain('首页');
  // Title and byline are shown above the body by the reader, so the body does not repeat them.
  expect(stored.body.text.startsWith('清晨六点')).toBe(true);
});

test('a page the extension cannot reach gets a clear message, not an error', async () => {
  const page = await world.openTab('chrome://version');
  const popup = await world.openPopup(page);
  await popup.getByTestId('unreachable').waitFor();
  expect(await popup.textContent('body')).toContain('此页面无需处理');
  expect(await popup.getByTestId('save').count()).toBe(0);
  await screenshot(popup, 'popup-unreachable');
});

test('a page that is not Chinese says so', async () => {
  const page = await world.openTab('/demo/english.html');
  const popup = await world.openPopup(page);
  await popup.getByTestId('not-chinese').waitFor();
  expect(await popup.textContent('body')).toContain('此页面不是中文');
});

test('images can be embedded in the saved copy (the page is saved already: the popup asks, keep both)', async () => {
  const page = await world.openTab('/articles/greenway.html');
  const popup = await world.openPopup(page);
  await popup.getByTestId('embed-images').check();
  await popup.getByTestId('save').click();
  await expect.poll(() => popup.getByTestId('duplicate').textContent(), { timeout: 15_000 }).toContain('文库中已有');
  const before = (await readStoredLibrary(world.ext.worker)).length;
  await popup.getByTestId('keep-both').click();
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 15_000 }).toContain('已保存');
  expect(await readStoredLibrary(world.ext.worker)).toHaveLength(before + 1);
  const records = await readStoredLibrary(world.ext.worker);
  const embedded = records.find((r) => r.meta.embeddedImages === 1);
  expect(embedded?.body.html).toContain('src="data:image/png;base64,');
});

test('saving a page already in the library again can update the saved copy instead', async () => {
  const page = await world.openTab('/articles/greenway.html');
  const popup = await world.openPopup(page);
  const before = await readStoredLibrary(world.ext.worker);
  await popup.getByTestId('save').click();
  await expect.poll(() => popup.getByTestId('duplicate').count(), { timeout: 15_000 }).toBe(1);
  await popup.getByTestId('update-copy').click();
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 15_000 }).toContain('已更新');
  const after = await readStoredLibrary(world.ext.worker);
  expect(after).toHaveLength(before.length);
  const url = world.server.url('/articles/greenway.html');
  const newest = (records: typeof before) => records.filter((r) => r.meta.url === url).map((r) => String(r.meta.savedAt)).sort().at(-1);
  expect(newest(after)! > newest(before)!).toBe(true); // the newest copy was replaced, not added
});

test('on a page that is not an article, the selection is what gets saved', async () => {
  const page = await world.openTab('/demo/english.html');
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  const popup = await world.openPopup(page);
  await popup.getByTestId('save').click();
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 15_000 }).toContain('已保存');
  const records = await readStoredLibrary(world.ext.worker);
  const saved = records.find((r) => r.meta.url === world.server.url('/demo/english.html'));
  expect(saved?.meta.method).toBe('selection');
  expect(saved?.body.text).toBe('The new riverside greenway links a dozen parks along the water. Residents say the evening breeze is the best part.');
  expect(saved?.meta.title).toBe('River park opens');
});
