// Extraction on three real Chinese pages, against Mozilla Readability's own reference output.
import { describe, expect, test } from 'vitest';
import { corpusFile } from '@/tests/harness/corpus';
import { extractArticle } from '@/lib/article/extract';
import { parsePage, stripTagsForTests as sanitize } from './dom';

describe.each(['qq', 'gmw', 'pixnet'])('extracting %s', (slug) => {
  test('title, byline and site match the reference; body is the article text', async () => {
    const expected = JSON.parse(corpusFile(`pages/${slug}/expected-metadata.json`));
    const { doc, win, close } = parsePage(corpusFile(`pages/${slug}/source.html`), 'http://fakehost/test/page.html');
    const draft = extractArticle(doc, { win, sanitize });
    expect(draft.method).toBe('readability');
    // The headline the page shows, which Readability's title (from <title>) opens with.
    expect(draft.title.length).toBeGreaterThan(8);
    expect(expected.title.startsWith(draft.title)).toBe(true);
    expect(draft.byline).toBe(expected.byline);
    expect(draft.siteName).toBe(expected.siteName);
    expect(draft.url).toBe('http://fakehost/test/page.html');
    // The reference body's opening text appears in ours (same article, not the page chrome).
    const reference = parsePage(corpusFile(`pages/${slug}/expected.html`));
    const opening = (reference.doc.body.textContent ?? '').replace(/\s+/g, '').slice(0, 40);
    expect(draft.text.replace(/\s+/g, '')).toContain(opening);
    expect(draft.text.length).toBeGreaterThan(opening.length * 10);
    await reference.close();
    await close();
  });
});
