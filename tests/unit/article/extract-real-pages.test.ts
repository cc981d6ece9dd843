// The extraction step on every real page of the shared corpus (read in place), in Node: the
// article's title, byline and date where the page has them, at least 90% of the reference
// body's lines, and no navigation or related-story lists. The same checks run on the built
// extension in tests/e2e/library-real-pages.test.ts.
import { describe, expect, test } from 'vitest';
import { extractArticle } from '@/lib/article/extract';
import { parsePage, stripTagsForTests as sanitize } from './dom';
import { pageReference, realPageHtml, realPageSlugs } from './real-pages';
import { linkTextShare, scoreCopy } from './real-page-score';
import { hanCount } from '@/lib/article/cjk';

// A corpus that went missing or moved must not pass as zero pages extracted.
test('runs on the 25 real pages of the corpus', () => expect(realPageSlugs()).toHaveLength(25));

describe.each(realPageSlugs())('%s', (slug) => {
  test('saves the article, whole, without the page around it', async () => {
    const reference = pageReference(slug);
    const { doc, win, close } = parsePage(realPageHtml(reference), `https://corpus.example/${slug}/source.html`);
    try {
      const draft = extractArticle(doc, { win, sanitize });
      const holder = doc.createElement('div');
      holder.innerHTML = draft.html;
      const score = scoreCopy(reference, { ...draft, linkTextShare: linkTextShare(holder) });
      if (score.titleOk !== null) expect(draft.title).toSatisfy(() => score.titleOk!, `title ${draft.title} vs ${reference.title}`);
      if (score.bylineOk !== null) expect(draft.byline).toSatisfy(() => score.bylineOk!, `byline vs ${reference.byline}`);
      if (score.dateOk !== null) expect(draft.publishedTime).toContain(reference.date);
      if (score.lineRecall !== null) expect(score.lineRecall, `missing: ${score.missing.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
      // Page chrome kept beside the article would pull this down (lines of short references prove nothing here).
      if (score.precision !== null && reference.lines.length >= 3) expect(score.precision).toBeGreaterThanOrEqual(0.6);
      expect(hanCount(draft.text)).toBeGreaterThanOrEqual(40);
      if (slug.startsWith('wechat-')) {
        // Lazy images behind a 1x1 GIF: the copy keeps the real URLs (data-src), never the placeholder.
        expect(draft.html).not.toMatch(/<img[^>]+src="data:/);
        expect(draft.html.match(/<img[^>]+src="https:\/\/mmbiz\.qpic\.cn\//g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      }
      if (reference.listing) {
        expect(draft.title).toMatch(/BBC/); // a topic page: its list of stories is what it holds
      } else {
        expect(score.linkTextShare, 'the body is mostly links: a list, not the article').toBeLessThan(0.2);
        expect(draft.method).not.toBe('main-content');
      }
    } finally {
      await close();
    }
  });
});
