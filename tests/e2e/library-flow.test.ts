// The library end to end: save from the popup, find (in either script), read, export, ZIP round trip.
import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { unzipSync, strFromU8 } from 'fflate';
import { screenshot } from '@/tests/harness/extension';
import { useWorld } from '@/tests/harness/world';
import { libraryUrl, readStoredLibrary, saveFromPopup } from './library-helpers';
import { waitForDownload } from '@/tests/harness/downloads';

const world = useWorld({ locale: 'en-US' });

test('save, find in either script, read, export Markdown, and round-trip the whole library as a ZIP', async () => {
  // 1. Save the garbled demo article (Traditional, pinyin injected) from the popup; the reader's
  //    language is English, so it is repaired and converted to Simplified.
  const page = await world.openTab('/demo/');
  await saveFromPopup(world.ext, page);
  const [stored] = await readStoredLibrary(world.ext.worker);
  const title = String(stored.meta.title);
  expect(title).toContain('城市绿道连起百里滨江');

  // 2. Find it by title; search in both scripts.
  const library = await world.openTab(libraryUrl(world.ext));
  const list = library.getByTestId('article-list');
  await expect.poll(() => list.textContent()).toContain(title);
  for (const query of ['周邊經濟', '周边经济', '濱江 綠道', '滨江 绿道']) {
    await library.getByTestId('search').fill(query);
    await expect.poll(() => list.textContent(), { timeout: 5000 }).toContain(title);
  }
  await library.getByTestId('search').fill('高速鐵路');
  await expect.poll(() => library.getByTestId('empty').textContent()).toContain('No article matches');
  await library.getByTestId('search').fill('');

  // 3. Open it.
  await list.getByText(title).click();
  await expect.poll(() => library.getByTestId('reader-title').textContent()).toBe(title);
  // The body renders after the title (sanitised, highlights applied): wait for it.
  await expect.poll(() => library.getByTestId('reader-body').textContent()).toContain('江边的绿道上已经有不少市民');
  expect(await library.getByTestId('reader-body').getAttribute('lang')).toMatch(/^zh/);

  // 4. Export as Markdown and check the downloaded file.
  await library.getByTestId('export-md').click();
  const mdPath = await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.md'));
  const markdown = await readFile(mdPath, 'utf8');
  expect(markdown.startsWith(`---\ntitle: ${JSON.stringify(title)}\n`)).toBe(true);
  expect(markdown).toContain(`url: "${world.server.url('/demo/')}"`);
  expect(markdown).toContain('repaired: "pinyin-injection ×');
  expect(markdown).toContain(`# ${title}`);
  expect(markdown).toContain('江边的绿道上已经有不少市民');
  expect(markdown).not.toMatch(/<\/?(p|div|span)\b/);

  // The other single-article formats: a self-contained page that forbids scripts, and plain text.
  await library.getByTestId('export-html').click();
  const html = await readFile(await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.html')), 'utf8');
  expect(html).toContain("default-src 'none'");
  expect(html).toContain(`<title>${title}</title>`);
  expect(html).not.toMatch(/<script|<link/i);
  await library.getByTestId('export-txt').click();
  const text = await readFile(await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.txt')), 'utf8');
  expect(text.split('\n')[0]).toBe(title);
  expect(text).toContain('江边的绿道上已经有不少市民');
  expect(text).not.toMatch(/<[a-z]/);

  // 5. Export the ZIP, delete the article, import the ZIP, and compare what is stored.
  const before = await readStoredLibrary(world.ext.worker);
  await library.getByTestId('export-zip').click();
  const zipPath = await waitForDownload(world.ext.downloadsDir, (n) => /^qingwen-library-.*\.zip$/.test(n));
  const zipFiles = unzipSync(new Uint8Array(await readFile(zipPath)));
  expect(JSON.parse(strFromU8(zipFiles['qingwen-library.json'])).count).toBe(1);

  await library.getByTestId('delete').click();
  await library.getByTestId('confirm-delete').click();
  await expect.poll(() => library.getByTestId('empty').textContent()).toContain('No saved articles');
  expect(await readStoredLibrary(world.ext.worker)).toEqual([]);

  await library.getByTestId('import-file').setInputFiles(zipPath);
  await expect.poll(() => library.getByTestId('status').textContent()).toContain('Imported 1 article.');
  await expect.poll(() => list.textContent()).toContain(title);
  expect(await readStoredLibrary(world.ext.worker)).toEqual(before);

  // Storage use is shown.
  expect(await library.getByTestId('storage').textContent()).toMatch(/Storage used: [\d.]+ (B|KB|MB)/);
});

test('an open library shows a new save at once, newest first, with its images (screenshots in both themes)', async () => {
  const library = await world.openTab(libraryUrl(world.ext));
  const titles = () => library.locator('.item-title').allTextContents();
  await expect.poll(async () => (await titles()).length).toBe(1);
  const page = await world.openTab('/articles/greenway.html');
  await saveFromPopup(world.ext, page); // written by the background while the library page is open
  await expect.poll(async () => (await titles()).length).toBe(2);
  const [newest, older] = await titles();
  expect(newest).toContain('城市绿道带动经济发展');
  expect(older).toContain('城市绿道连起百里滨江');

  await library.locator('.item-title').first().click();
  const image = library.getByTestId('reader-body').locator('img');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(24);
  expect(await image.getAttribute('referrerpolicy')).toBe('no-referrer');
  await library.emulateMedia({ colorScheme: 'light' });
  await screenshot(library, 'library-light');
  await library.emulateMedia({ colorScheme: 'dark' });
  await screenshot(library, 'library-dark');
});

test('a file that is not a library export is refused with a sentence, and nothing changes', async () => {
  const library = await world.openTab(libraryUrl(world.ext));
  const before = await readStoredLibrary(world.ext.worker);
  await library.getByTestId('import-file').setInputFiles({ name: 'x.zip', mimeType: 'application/zip', buffer: Buffer.from('nope') });
  await expect.poll(() => library.getByTestId('status').textContent()).toContain('Nothing imported: the file is not a ZIP archive.');
  expect(await readStoredLibrary(world.ext.worker)).toEqual(before);
});

test('the library is usable from the keyboard alone', async () => {
  const library = await world.openTab(libraryUrl(world.ext));
  await library.locator('.item-title').first().waitFor();
  const focusedTestId = () => library.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
  await library.keyboard.press('Tab'); // skips the decorative logo: the search box comes first
  expect(await focusedTestId()).toBe('search');
  await library.keyboard.type('滨江日报');
  await expect.poll(async () => (await library.locator('.item-title').allTextContents()).length).toBe(1);
  // On to the export/import buttons, then the one matching article (its EPUB tick box first), which Enter opens.
  let reachedLink = false;
  for (let i = 0; i < 10 && !reachedLink; i++) {
    await library.keyboard.press('Tab');
    reachedLink = await library.evaluate(() => document.activeElement?.tagName === 'A' && !!document.activeElement.closest('.article-list'));
  }
  expect(reachedLink).toBe(true);
  expect(await library.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await library.keyboard.press('Enter');
  await expect.poll(() => library.getByTestId('reader-title').textContent()).toContain('城市绿道连起百里滨江');
  // Delete asks first, and the confirmation takes the focus so Enter or Tab+Enter can answer it.
  for (let i = 0; i < 10 && (await focusedTestId()) !== 'delete'; i++) await library.keyboard.press('Tab');
  expect(await focusedTestId()).toBe('delete');
  await library.keyboard.press('Enter');
  await expect.poll(focusedTestId).toBe('confirm-delete');
  await library.keyboard.press('Tab');
  await library.keyboard.press('Enter'); // Cancel
  await expect.poll(focusedTestId).toBe('delete');
  expect(await library.locator('.item-title').count()).toBe(1); // nothing was deleted
});
