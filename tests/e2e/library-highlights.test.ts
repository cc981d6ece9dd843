// Highlights and notes in the reader view of the built extension: made by mouse selection and
// by the keyboard (H), kept on the same words when the copy is switched between scripts, found
// by search, exported as ==text== and <mark>, kept through the ZIP round trip; tags filter the
// list. Screenshots of the reader with highlights, light and dark, go to artifacts/.
import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { screenshot } from '@/tests/harness/extension';
import { useWorld } from '@/tests/harness/world';
import { libraryUrl, readStoredLibrary, saveFromPopup } from './library-helpers';
import { waitForDownload } from '@/tests/harness/downloads';

const world = useWorld({ locale: 'zh-TW' });

/** Selects `words` inside the reader body, as a mouse drag over them would. */
async function selectWords(library: Page, words: string) {
  const found = await library.getByTestId('reader-body').evaluate((body, words) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, words);
  expect(found, `"${words}" is in the reader`).toBe(true);
}

const marks = (library: Page) => library.getByTestId('reader-body').locator('mark').allTextContents();

test('highlight by mouse and keyboard, note, switch scripts, search, export, ZIP round trip, tags', async () => {
  const page = await world.openTab('/demo/'); // Traditional page; the reader (zh-TW) keeps Traditional
  await saveFromPopup(world.ext, page);
  const library = await world.openTab(libraryUrl(world.ext));
  await library.locator('.item-title').first().click();
  await library.getByTestId('reader-body').locator('p').first().waitFor();

  // Mouse: select, then the toolbar button.
  await selectWords(library, '綠道');
  await library.getByTestId('highlight-selection').click();
  await expect.poll(() => marks(library)).toEqual(['綠道']);
  // The new highlight's note has the focus; Escape leaves it (H typed there is text, not a command).
  await expect.poll(() => library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note');
  await library.keyboard.press('Escape');
  // Keyboard: select, press H; the new highlight's note takes the focus and a note is typed.
  await selectWords(library, '周邊經濟');
  await library.keyboard.press('h');
  await expect.poll(() => marks(library)).toEqual(['綠道', '周邊經濟']);
  await expect.poll(() => library.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('note');
  await library.keyboard.type('帶動小店生意');
  await library.keyboard.press('Tab'); // leaving the field saves the note
  await expect
    .poll(async () => ((await readStoredLibrary(world.ext.worker))[0].meta.highlights as { note: string }[] | undefined)?.map((h) => h.note))
    .toEqual(['', '帶動小店生意']);
  // Screenshots with the marked paragraph in view, both themes.
  await library.keyboard.press('Escape');
  await library.setViewportSize({ width: 1100, height: 1500 }); // header, marked body and notes in one picture
  await library.emulateMedia({ colorScheme: 'light' });
  await screenshot(library, 'reader-highlights-light');
  await library.emulateMedia({ colorScheme: 'dark' });
  await screenshot(library, 'reader-highlights-dark');
  await library.emulateMedia({ colorScheme: 'light' });
  await library.setViewportSize({ width: 1100, height: 800 });

  // Selecting nothing says what to do instead of failing silently.
  await library.evaluate(() => getSelection()!.removeAllRanges());
  await library.getByTestId('highlight-selection').click();
  expect(await library.getByTestId('highlight-hint').textContent()).toMatch(/先.*選取/);

  // Script switch: the marks stay on the same words, converted; back to the stored copy, unchanged.
  const stored = await library.getByTestId('reader-body').textContent();
  const script = library.getByTestId('script-view');
  await script.selectOption('simplified');
  await expect.poll(() => marks(library)).toEqual(['绿道', '周边经济']);
  expect(await library.getByTestId('reader-body').textContent()).toContain('江边的绿道');
  await script.selectOption('hongkong');
  await expect.poll(() => marks(library)).toEqual(['綠道', '周邊經濟']);
  // A highlight made in a converted view is anchored in the stored text.
  await script.selectOption('simplified');
  await expect.poll(() => marks(library)).toEqual(['绿道', '周边经济']);
  await library.keyboard.press('Escape');
  await selectWords(library, '市民');
  await library.keyboard.press('h');
  await expect.poll(() => marks(library)).toContain('市民');
  await script.selectOption('stored');
  await expect.poll(() => marks(library)).toEqual(['綠道', '市民', '周邊經濟']);
  expect(await library.getByTestId('reader-body').textContent()).toBe(stored);

  // Search finds the note; tags filter the list.
  await library.getByTestId('search').fill('小店生意');
  await expect.poll(() => library.locator('.item-title').count()).toBe(1);
  await library.getByTestId('search').fill('');
  await library.getByTestId('tags').fill('城市, 經濟');
  await library.getByTestId('tags').press('Tab');
  await expect.poll(() => library.getByTestId('tag-filter').locator('option').allTextContents()).toEqual(['全部標籤', '城市', '經濟']);
  await library.getByTestId('tag-filter').selectOption('經濟');
  await expect.poll(() => library.locator('.item-title').count()).toBe(1);

  // Exports: Markdown ==text== with the note quoted, HTML <mark>.
  await library.getByTestId('export-md').click();
  const markdown = await readFile(await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.md')), 'utf8');
  expect(markdown).toContain('==周邊經濟==\n\n> 帶動小店生意');
  expect(markdown).toMatch(/==綠道==/);
  await library.getByTestId('export-html').click();
  const html = await readFile(await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.html')), 'utf8');
  expect(html).toContain('<mark>周邊經濟</mark>');
  expect(html).toContain('<blockquote>帶動小店生意</blockquote>');

  // ZIP round trip: export, delete, import: highlights, notes and tags as they were.
  const before = await readStoredLibrary(world.ext.worker);
  await library.getByTestId('export-zip').click();
  const zipPath = await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.zip'));
  await library.getByTestId('delete').click();
  await library.getByTestId('confirm-delete').click();
  await expect.poll(async () => (await readStoredLibrary(world.ext.worker)).length).toBe(0);
  await library.getByTestId('import-file').setInputFiles(zipPath);
  await expect.poll(async () => (await readStoredLibrary(world.ext.worker)).length).toBe(1);
  expect(await readStoredLibrary(world.ext.worker)).toEqual(before);
  expect((before[0].meta.highlights as unknown[]).length).toBe(3);
  expect(before[0].meta.tags).toEqual(['城市', '經濟']);
});
