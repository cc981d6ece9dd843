// Saved HTML never runs in extension pages: a page full of hostile markup is saved from the popup
// (sanitised on save), and a raw hostile article is imported from a ZIP (sanitised on render).
// If any payload ran, window.__pwned would be set, "PWNED" logged or a dialog opened.
// Chrome reports a CSP violation for every inline handler it merely *parses* (DOMPurify parses the
// untrusted HTML in an inert document), so CSP reports are collected apart: they prove the strict
// CSP is in force, not that something ran.
import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot } from '@/tests/harness/extension';
import { useWorld } from '@/tests/harness/world';
import { libraryToZip } from '@/lib/library/zip';
import type { SavedArticle } from '@/lib/article/types';
import { libraryUrl, readStoredLibrary, saveFromPopup } from './library-helpers';

const world = useWorld({ locale: 'zh-CN' });

const HOSTILE_MARKUP = /<script|<svg|<iframe|<object|<embed|<form|<math|<base|<style|\son[a-z]+\s*=|javascript:|vbscript:|data:text|srcdoc|formaction/i;

/** Records everything that would show a payload ran in `page`. */
function watchForExecution(page: Page) {
  const signs: string[] = [];
  const cspReports: string[] = [];
  page.on('dialog', (dialog) => {
    signs.push(`dialog: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspReports.push(message.text());
    else if (/PWNED/i.test(message.text())) signs.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => signs.push(`error: ${error.message}`));
  return { signs, cspReports };
}

async function exercise(library: Page) {
  // Hover and click everything in the article, as a reader would, to fire any handler left over.
  const body = library.getByTestId('reader-body');
  await body.waitFor();
  for (const element of await body.locator('*').all()) {
    await element.hover({ timeout: 500 }).catch(() => {});
  }
  for (const link of await body.locator('a').all()) {
    await link.click({ timeout: 500, modifiers: [] }).catch(() => {});
  }
  // Handlers fire on load or error, and on the frame after an event: wait for every image to
  // settle, then for two frames, instead of a fixed pause.
  await expect.poll(() => body.evaluate((el) => [...el.querySelectorAll('img')].every((img) => img.complete))).toBe(true);
  await library.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test('a hostile page saved from the popup is stored clean and nothing runs in the library', async () => {
  const page = await world.openTab('/articles/hostile.html');
  await saveFromPopup(world.ext, page);
  const [stored] = await readStoredLibrary(world.ext.worker);
  expect(stored.body.html).not.toMatch(HOSTILE_MARKUP);
  expect(stored.body.text).toContain('第五段正文');

  const library = await world.ext.context.newPage();
  const watch = watchForExecution(library);
  await library.goto(libraryUrl(world.ext, `#article=${stored.meta.id}`));
  await exercise(library);
  expect(await library.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.signs).toEqual([]);
  expect(await library.getByTestId('reader-body').innerHTML()).not.toMatch(HOSTILE_MARKUP);
});

test('a raw hostile article smuggled in through a ZIP is sanitised when rendered', async () => {
  const raw = await readFile(resolve(import.meta.dirname, '../fixtures/articles/hostile.html'), 'utf8');
  const article: SavedArticle = {
    id: 'hostile-raw', savedAt: new Date().toISOString(), title: '未经清理的危险文章', byline: null, siteName: null,
    publishedTime: null, lang: 'zh-CN', excerpt: null, url: 'javascript:alert("url")',
    html: raw.slice(raw.indexOf('<article>')), text: '危险', method: 'readability', embeddedImages: 0,
    detectedScript: 'simplified', convertedTo: null, repaired: [], unrecoverable: 0, redecoded: null,
  };
  const library = await world.ext.context.newPage();
  const watch = watchForExecution(library);
  await library.goto(libraryUrl(world.ext));
  await library.getByTestId('import-file').setInputFiles({
    name: 'hostile.zip', mimeType: 'application/zip', buffer: Buffer.from(libraryToZip([article])),
  });
  await expect.poll(() => library.getByTestId('status').textContent()).toContain('已导入 1 篇文章');
  await library.goto(libraryUrl(world.ext, '#article=hostile-raw'));
  await exercise(library);
  expect(await library.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(watch.signs).toEqual([]);
  const rendered = await library.getByTestId('reader-body').innerHTML();
  expect(rendered).not.toMatch(HOSTILE_MARKUP);
  expect(rendered).toContain('第五段正文');
  // The manifest's CSP is the one enforced: inline handlers met while parsing were refused by it.
  expect(watch.cspReports.some((r) => r.includes("directive 'script-src 'self''"))).toBe(true);
  // The article's own javascript: URL is not offered as the "original page" link.
  expect(await library.locator('a[href^="javascript:"]').count()).toBe(0);
  await screenshot(library, 'library-hostile');
});
