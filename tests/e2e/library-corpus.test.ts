// Saving three real Chinese news pages (the shared corpus, read in place) from the popup in Chromium:
// the stored title opens Readability's reference title and the byline is its byline, in whatever
// script the reader chose.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_PAGES_DIR, useWorld } from '@/tests/harness/world';
import { foldForSearch } from '@/lib/convert/search-fold';
import { readStoredLibrary, saveFromPopup } from './library-helpers';

const world = useWorld({ locale: 'zh-CN', serve: CORPUS_PAGES_DIR });

const HOSTILE_MARKUP = /<script|<style|<iframe|\son[a-z]+\s*=|javascript:/i;

test.each(['qq', 'gmw', 'pixnet'])('%s: saved with the reference title and byline, sanitised', async (slug) => {
  const expected = JSON.parse(readFileSync(resolve(CORPUS_PAGES_DIR, slug, 'expected-metadata.json'), 'utf8'));
  const { ext, server } = world;
  const page = await ext.context.newPage();
  // Readability's suite stores every page as UTF-8, but qq's markup still declares gb2312: say
  // what the bytes are, as the live site's server did, so this test is about saving, not decoding.
  await page.route(server.url(`/${slug}/source.html`), async (route) =>
    route.fulfill({ response: await route.fetch(), headers: { 'content-type': 'text/html; charset=utf-8' } }),
  );
  await page.goto(server.url(`/${slug}/source.html`), { waitUntil: 'domcontentloaded' });
  await saveFromPopup(ext, page);
  const stored = (await readStoredLibrary(ext.worker)).find((r) => r.meta.url === server.url(`/${slug}/source.html`))!;
  // Compared folded: the page (and so the copy) may have been converted to the reader's script.
  // The headline the page shows: Readability's title (the <title>, with its site suffix) opens with it.
  expect(String(stored.meta.title).length).toBeGreaterThan(8);
  expect(foldForSearch(expected.title).startsWith(foldForSearch(String(stored.meta.title)))).toBe(true);
  expect(stored.meta.byline === null ? null : foldForSearch(String(stored.meta.byline))).toBe(
    expected.byline === null ? null : foldForSearch(expected.byline),
  );
  expect(stored.meta.method).toBe('readability');
  expect(stored.body.html).not.toMatch(HOSTILE_MARKUP);
  // The reference body's opening words are in the saved body (the article, not the page around it).
  const reference = readFileSync(resolve(CORPUS_PAGES_DIR, slug, 'expected.html'), 'utf8');
  const squash = (text: string) => foldForSearch(text).replace(/\s+/g, '');
  const opening = squash(reference.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ')).slice(0, 30);
  expect(squash(stored.body.text)).toContain(opening);
  // Converted (pixnet is Traditional, the reader Simplified): the record keeps the page's own text
  // beside the copy, one entry per text node, and it holds the reference's words as written. (A
  // page in the reader's script keeps one only where its quotes or phrases were changed.)
  const original = (stored.body as { original?: { texts: (string | null)[] } }).original;
  if (stored.meta.convertedTo) expect(original).toBeDefined();
  if (original) {
    const own = await page.evaluate(({ html, texts }) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
      const nodes: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node.nodeValue ?? '');
      return nodes.length === texts.length ? nodes.map((text, i) => texts[i] ?? text).join('') : null;
    }, { html: stored.body.html, texts: original?.texts ?? [] });
    const raw = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ').replace(/\s+/g, '');
    expect(own, 'one entry per text node of the copy').not.toBeNull();
    expect(own!.replace(/\s+/g, '')).toContain(raw(reference).slice(0, 30));
  }
  if (slug === 'pixnet') expect(stored.meta.convertedTo).toBe('simplified');
  await page.close();
});
