// The record keeps the page's own text beside the converted copy. A Traditional page saved by a
// Simplified reader: the copy is Simplified, the record also holds the page's Traditional text
// (repaired, not converted), and the reader view shows it back exactly in a Traditional view,
// never as a round trip through Simplified (the fixture is written so that every line of that
// round trip differs: 于/於, 後台/後臺, 裏/裡, 峯/峰, 着/著, 齣/出, 鐘/鍾).
import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot } from '@/tests/harness/extension';
import { FIXTURES_DIR, useWorld } from '@/tests/harness/world';
import { libraryUrl, readStoredLibrary, saveFromPopup } from './library-helpers';
import { waitForDownload } from '@/tests/harness/downloads';

const world = useWorld({ locale: 'zh-CN' });

/** The fixture's own heading and paragraphs, read from the file (the page's text before Qingwen). */
async function ownLines(file: string): Promise<{ title: string; paragraphs: string[] }> {
  const html = await readFile(join(FIXTURES_DIR, file), 'utf8');
  const article = html.slice(html.indexOf('<article>'), html.indexOf('</article>'));
  const title = /<h1>([^<]+)<\/h1>/.exec(article)![1];
  const paragraphs = [...article.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]);
  return { title, paragraphs };
}

const bodyParagraphs = (library: Page) =>
  library.getByTestId('reader-body').locator('p').evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));

async function openConverted(path: string, converted: string): Promise<Page> {
  const page = await world.openTab(path);
  await expect.poll(() => page.locator('h1').textContent()).toBe(converted);
  return page;
}

test('a Traditional page saved as Simplified keeps its own text; a Traditional view gives it back exactly', async () => {
  const own = await ownLines('articles/traditional-own.html');
  const page = await openConverted('/articles/traditional-own.html', '于先生在后台的一天');
  await saveFromPopup(world.ext, page);

  // The record: a Simplified copy, and beside it the page's Traditional text, node for node.
  const [record] = await readStoredLibrary(world.ext.worker);
  expect(record.meta.convertedTo).toBe('simplified');
  expect(record.meta.title).toBe('于先生在后台的一天');
  expect(record.body.text).toContain('他在后台等着，心里有点');
  const original = (record.body as { original?: { title: string; texts: (string | null)[] } }).original;
  expect(original?.title).toBe(own.title);
  for (const paragraph of own.paragraphs) expect(original?.texts).toContain(paragraph);
  expect(record.meta).not.toHaveProperty('original'); // kept with the body, not in the list's rows

  const library = await world.openTab(libraryUrl(world.ext));
  await library.locator('.item-title').first().click();
  await library.getByTestId('reader-body').locator('p').first().waitFor();
  const stored = await bodyParagraphs(library);
  expect(stored.join('')).toContain('后台');

  // Taiwan, Traditional and Hong Kong: the page's own text, exactly (a round trip would give 於/後臺/裡/峰).
  const script = library.getByTestId('script-view');
  for (const view of ['taiwan', 'traditional', 'hongkong', 'original']) {
    await script.selectOption(view);
    await expect.poll(() => bodyParagraphs(library), { message: view }).toEqual(own.paragraphs);
    expect(await library.getByTestId('reader-title').textContent()).toBe(own.title);
    expect(await library.locator('.reader-meta').textContent()).toContain('山城週報記者 鍾小峯');
  }
  await screenshot(library, 'reader-original-taiwan');
  // Simplified: converted from the page's own text; back to the copy as saved, unchanged.
  await script.selectOption('simplified');
  await expect.poll(async () => (await bodyParagraphs(library)).join('')).toContain('他在后台等着');
  await script.selectOption('stored');
  await expect.poll(() => bodyParagraphs(library)).toEqual(stored);

  // A highlight made on the Simplified copy sits on the page's own words in a Traditional view.
  // The script menu keeps the focus after a choice, and H typed into a menu is the menu's.
  await library.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await library.getByTestId('reader-body').evaluate((body) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf('心里有点');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  });
  await library.keyboard.press('h');
  const marks = () => library.getByTestId('reader-body').locator('mark').allTextContents();
  await expect.poll(marks).toEqual(['心里有点']);
  await library.keyboard.press('Escape');
  await script.selectOption('taiwan');
  await expect.poll(marks).toEqual(['心裏有點']);
  await expect.poll(() => bodyParagraphs(library)).toEqual(own.paragraphs);
  // The highlights list shows the same words as the body.
  expect(await library.getByTestId('highlight-item').locator('mark').allTextContents()).toEqual(['心裏有點']);

  // Exports of one article follow the view: the page's own text, title and highlight, in Markdown and text.
  await library.getByTestId('export-md').click();
  const markdown = await readFile(await waitForDownload(world.ext.downloadsDir, (name) => name.endsWith('.md')), 'utf8');
  expect(markdown).toContain(`# ${own.title}`);
  for (const paragraph of own.paragraphs) expect(markdown.replaceAll('==', '')).toContain(paragraph);
  expect(markdown).toContain('他在後台等着，==心裏有點==著急。');
  await library.getByTestId('export-txt').click();
  const text = await readFile(await waitForDownload(world.ext.downloadsDir, (name) => name.endsWith('.txt')), 'utf8');
  expect(text.startsWith(own.title)).toBe(true);
  for (const paragraph of own.paragraphs) expect(text).toContain(paragraph);
  // As saved: the Simplified copy, as before.
  await script.selectOption('stored');
  await expect.poll(() => bodyParagraphs(library)).toEqual(stored);
  await library.getByTestId('export-html').click();
  const html = await readFile(await waitForDownload(world.ext.downloadsDir, (name) => name.endsWith('.html')), 'utf8');
  expect(html).toContain('他在后台等');
  expect(html).toContain('<mark>心里有点</mark>');
});

test('a garbled page: the original is the repaired text, before conversion', async () => {
  const page = await openConverted('/demo/', '城市绿道连起百里滨江');
  await saveFromPopup(world.ext, page);
  const records = await readStoredLibrary(world.ext.worker);
  const record = records.find((r) => String(r.meta.url).endsWith('/demo/'))!;
  const original = (record.body as { original?: { title: string; texts: (string | null)[] } }).original!;
  const text = original.texts.filter(Boolean).join('\n');
  expect(original.title).toMatch(/^城市綠道連起百[里裏]濱江$/);
  expect(text).toContain('江邊的綠道上');
  expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/); // pinyin injection repaired
  expect(record.body.text).toContain('江边的绿道上');
});

test('a page already in the reader’s script: a Traditional quote converted alone keeps its own text', async () => {
  const page = await world.openTab('/articles/simplified-with-quote.html');
  const quote = '「我們這一代人，總是在書店裡找到自己的方向。後來無論走到哪裡，心裏都會記得那一排排書架。」';
  await expect.poll(() => page.locator('blockquote p').textContent()).not.toBe(quote); // converted as a stray text
  await saveFromPopup(world.ext, page);
  const record = (await readStoredLibrary(world.ext.worker)).find((r) => String(r.meta.url).endsWith('/simplified-with-quote.html'))!;
  expect(record.meta.convertedTo).toBeNull(); // the page itself was not converted
  expect(record.body.text).not.toContain(quote);
  const original = (record.body as { original?: { texts: (string | null)[] } }).original;
  expect(original?.texts).toContain(quote);
  expect(original?.texts.filter(Boolean)).toHaveLength(1); // only the quote differs from the copy

  // In the library: the reader's own script shows the copy (the quote converted); "as on the page", the quote as written.
  const library = await world.openTab(libraryUrl(world.ext, `#article=${encodeURIComponent(String(record.meta.id))}`));
  const shownQuote = () => library.getByTestId('reader-body').locator('blockquote').textContent();
  await expect.poll(shownQuote).toBeTruthy();
  const script = library.getByTestId('script-view');
  await script.selectOption('simplified');
  await expect.poll(shownQuote).toContain('我们这一代人');
  await script.selectOption('original');
  await expect.poll(shownQuote).toBe(quote);
});
