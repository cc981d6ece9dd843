// Every real page of the shared corpus, served under the charset its provenance gives, saved
// from the popup of the built extension in Chromium (one browser for the whole file). The
// stored copy is scored as in tests/unit/article/extract-real-pages.test.ts: title, byline and
// date where the page has them, ≥ 90% of the reference body's lines, no link lists.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { patchSettings } from '@/tests/harness/tab';
import { CORPUS_PAGES_DIR, useWorld } from '@/tests/harness/world';
import { pageReference, realPageSlugs } from '@/tests/unit/article/real-pages';
import { scoreCopy } from '@/tests/unit/article/real-page-score';
import { readStoredLibrary, saveFromPopup } from './library-helpers';

const world = useWorld({ serve: CORPUS_PAGES_DIR });
const figures: string[] = [];

beforeAll(async () => {
  // Saved as served: this file is about finding the article, not converting it (library-corpus converts).
  await patchSettings(world, { conversion: 'off' });
});
afterAll(() => {
  if (figures.length) console.log(figures.join('\n'));
});

// A corpus that went missing or moved must not pass as zero pages saved.
test('saves the 25 real pages of the corpus', () => expect(realPageSlugs()).toHaveLength(25));

test.each(realPageSlugs())('%s: saved from the popup as the article, whole', async (slug) => {
  const { ext, server } = world;
  const reference = pageReference(slug);
  const url = server.url(`/${slug}/source.html`);
  const page = await ext.context.newPage();
  // The charset the site served it with (its <meta> may say otherwise: qq-gb2312-utf8), and no
  // page scripts: offline they could only fail, or send the tab to the live site (thepaper
  // switches itself to https). Qingwen's content script is not bound by the page's CSP.
  await page.route(url, async (route) =>
    route.fulfill({
      response: await route.fetch(),
      headers: { 'content-type': `text/html; charset=${reference.charset}`, 'content-security-policy': "script-src 'none'" },
    }),
  );
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const popup = await saveFromPopup(ext, page);
  const stored = (await readStoredLibrary(ext.worker)).find((record) => record.meta.url === url);
  expect(stored, 'saved under the page URL').toBeDefined();
  const meta = stored!.meta as { title: string; byline: string | null; publishedTime: string | null; method: string };
  const linkShare = await popup.evaluate((html) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    const all = (holder.textContent ?? '').replace(/\s+/g, '').length;
    const linked = Array.from(holder.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
    return all ? linked / all : 0;
  }, stored!.body.html);
  const score = scoreCopy(reference, { ...meta, text: stored!.body.text, linkTextShare: linkShare });
  figures.push(
    `${slug.padEnd(16)} lines ${score.lineRecall === null ? '  -' : `${Math.round(score.lineRecall * 100)}%`.padStart(4)} of ${reference.lines.length}` +
      `  title ${score.titleOk ?? '-'}  byline ${score.bylineOk ?? '-'}  date ${score.dateOk ?? '-'}  links ${Math.round(linkShare * 100)}%  ${meta.method}`,
  );
  if (score.titleOk !== null) expect(score.titleOk, `title "${meta.title}" vs "${reference.title}"`).toBe(true);
  if (score.bylineOk !== null) expect(score.bylineOk, `byline "${meta.byline}" vs "${reference.byline}"`).toBe(true);
  if (score.dateOk !== null) expect(meta.publishedTime).toContain(reference.date);
  if (score.lineRecall !== null) expect(score.lineRecall, `missing: ${score.missing.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  if (score.precision !== null && reference.lines.length >= 3) expect(score.precision).toBeGreaterThanOrEqual(0.6);
  expect(stored!.body.html).not.toMatch(/<script|<style|<iframe|\son[a-z]+\s*=|javascript:/i);
  if (slug.startsWith('wechat-')) {
    expect(stored!.body.html).not.toMatch(/<img[^>]+src="data:/);
    expect(stored!.body.html.match(/<img[^>]+src="https:\/\/mmbiz\.qpic\.cn\//g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  }
  if (!reference.listing) {
    expect(linkShare, 'mostly links: a list, not the article').toBeLessThan(0.2);
    expect(meta.method).not.toBe('main-content');
  }
  await popup.close();
  await page.close();
});
