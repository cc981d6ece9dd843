// EPUB export from the library in Chromium: three articles ticked in the list become one EPUB 3
// file on disk, whose structure is checked and whose XHTML files Chromium parses as XML; the
// reader's own EPUB button gives a book of one. Images saved as files travel inside the book.
import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { useWorld } from '@/tests/harness/world';
import { libraryUrl, readStoredLibrary, saveFromPopup } from './library-helpers';
import { waitForDownload } from '@/tests/harness/downloads';

const world = useWorld({ locale: 'zh-TW' });

test('three ticked articles export as one valid EPUB 3, images inside; one article from the reader', async () => {
  for (const [path, embedImages] of [['/articles/greenway.html', true], ['/demo/', false], ['/demo/bad-s2t.html', false]] as const) {
    const page = await world.openTab(path);
    const popup = await saveFromPopup(world.ext, page, { embedImages });
    await popup.close();
    await page.close();
  }
  const stored = await readStoredLibrary(world.ext.worker);
  expect(stored).toHaveLength(3);

  const library = await world.openTab(libraryUrl(world.ext));
  const picks = library.getByTestId('pick');
  await expect.poll(() => picks.count()).toBe(3);
  const exportSelected = library.getByTestId('export-epub-selected');
  expect(await exportSelected.isDisabled()).toBe(true);
  for (let i = 0; i < 3; i++) await picks.nth(i).check();
  await exportSelected.click();
  const bookPath = await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.epub'));
  const bytes = new Uint8Array(await readFile(bookPath));

  // mimetype first, stored; then the container, the package, the nav and three chapters.
  expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
  expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(8, true)).toBe(0);
  const files = unzipSync(bytes);
  expect(strFromU8(files.mimetype)).toBe('application/epub+zip');
  expect(strFromU8(files['META-INF/container.xml'])).toContain('full-path="OEBPS/content.opf"');
  const opf = strFromU8(files['OEBPS/content.opf']);
  const hrefs = [...opf.matchAll(/<item [^>]*href="([^"]+)"/g)].map((m) => m[1]);
  for (const href of hrefs) expect(files[`OEBPS/${href}`], href).toBeDefined();
  expect(opf.match(/<itemref /g)).toHaveLength(3);
  expect(opf).toMatch(/properties="nav"/);
  // The greenway article was saved with its image as a file: it is in the book.
  expect(hrefs.some((href) => /^images\/img-1\.png$/.test(href))).toBe(true);

  // Every XHTML file is well-formed XML to Chromium's own parser.
  const xhtml = Object.entries(files).filter(([name]) => name.endsWith('.xhtml') || name.endsWith('.opf') || name.endsWith('.xml'));
  expect(xhtml.length).toBeGreaterThanOrEqual(6);
  const errors = await library.evaluate(
    (docs) =>
      docs.flatMap(([name, text]) => {
        const type = name.endsWith('.xhtml') ? 'application/xhtml+xml' : 'application/xml';
        const parsed = new DOMParser().parseFromString(text, type as DOMParserSupportedType);
        return parsed.querySelector('parsererror') ? [`${name}: ${parsed.querySelector('parsererror')!.textContent}`] : [];
      }),
    xhtml.map(([name, data]) => [name, strFromU8(data)] as [string, string]),
  );
  expect(errors).toEqual([]);
  const titles = stored.map((record) => String(record.meta.title));
  const nav = strFromU8(files['OEBPS/nav.xhtml']);
  for (const title of titles) expect(nav).toContain(title.replace(/&/g, '&amp;').replace(/</g, '&lt;'));

  // One article, from the reader's EPUB button.
  await library.getByTestId('article-list').getByRole('link').first().click();
  await library.getByTestId('export-epub').click();
  const single = await waitForDownload(world.ext.downloadsDir, (n) => n.endsWith('.epub') && join(world.ext.downloadsDir, n) !== bookPath);
  const oneBook = unzipSync(new Uint8Array(await readFile(single)));
  expect(strFromU8(oneBook['OEBPS/content.opf']).match(/<itemref /g)).toHaveLength(1);
});
