// The page's own text beside a converted copy: each text of the copy found again in the page's
// shown texts and given the page's text there. Small cases first, then every real page of the
// corpus converted node by node (as the page session does) and extracted as the reader sees it.
import { describe, expect, test } from 'vitest';
import { alignWithPage, originalTextOf } from '@/lib/article/original-text';
import { extractArticle } from '@/lib/article/extract';
import { textNodesOf } from '@/lib/article/render-body';
import { createConverter } from '@/lib/convert';
import { detectScript } from '@/lib/engine';
import { parsePage, stripTagsForTests as sanitize } from './dom';
import { pageReference, realPageHtml, realPageSlugs } from './real-pages';

describe('alignWithPage', () => {
  const page = { shown: ['标题', '他在后台等着，', '心里有点着急。', 'OK', '于先生'], own: ['標題', '他在後台等着，', '心裏有點着急。', 'OK', '于先生'] };

  test('a copy text that is one page text takes its own text', () => {
    expect(alignWithPage(['标题'], page)).toEqual({ texts: ['標題'], unmatched: 0 });
  });

  test('texts merged by extraction take the joined own texts; equal ones are null', () => {
    expect(alignWithPage(['他在后台等着，心里有点着急。', 'OK', '于先生'], page).texts).toEqual(['他在後台等着，心裏有點着急。', null, null]);
  });

  test('a cut node gives the same slice of its own text when conversion kept its length', () => {
    expect(alignWithPage(['后台等着，心里'], page).texts).toEqual(['後台等着，心裏']);
  });

  test('a cut node whose conversion changed its length cannot be traced: counted, left to the copy', () => {
    const phrases = { shown: ['我用软件写文章'], own: ['我用軟體寫文章啊'] };
    expect(alignWithPage(['软件'], phrases)).toEqual({ texts: [null], unmatched: 1 });
    expect(alignWithPage(['我用软件写文章'], phrases).texts).toEqual(['我用軟體寫文章啊']);
  });

  test('texts not on the page (page data, selection markup) are unmatched, never guessed', () => {
    expect(alignWithPage(['页面数据里的正文'], page)).toEqual({ texts: [null], unmatched: 1 });
  });

  test('in order: a repeated text takes the occurrence after the previous match', () => {
    const repeated = { shown: ['后', '台', '后'], own: ['后', '臺', '後'] };
    expect(alignWithPage(['台', '后'], repeated).texts).toEqual(['臺', '後']);
  });

  test('title and byline: traced like a text, else as extracted (from metadata, never converted)', () => {
    expect(originalTextOf([], { title: '标题', byline: '于先生' }, page).original).toMatchObject({ title: '標題', byline: '于先生' });
    expect(originalTextOf([], { title: '元数据的標題', byline: null }, page).original).toMatchObject({ title: '元数据的標題', byline: null });
  });
});

/** Converts every text node of `doc` in place (as the page session does); returns what it showed before. */
function convertInPlace(doc: Document, convert: (text: string) => string) {
  const nodes = textNodesOf(doc.documentElement).filter((node) => !/^(SCRIPT|STYLE)$/.test(node.parentNode?.nodeName ?? ''));
  const own = nodes.map((node) => node.nodeValue ?? '');
  for (const node of nodes) node.nodeValue = convert(node.nodeValue ?? '');
  return { shown: nodes.map((node) => node.nodeValue ?? ''), own };
}

test('runs on the 25 real pages of the corpus', () => expect(realPageSlugs()).toHaveLength(25));

describe.each(realPageSlugs())('%s', (slug) => {
  test('every Han text of the converted copy is traced to the page; converting the original gives the copy', async () => {
    const reference = pageReference(slug);
    const html = realPageHtml(reference);
    const { doc, win, close } = parsePage(html, `https://corpus.example/${slug}/source.html`);
    try {
      const traditional = detectScript(doc.body?.textContent ?? '').script === 'traditional';
      const converter = await createConverter(traditional ? 'simplified' : 'taiwan');
      const page = convertInPlace(doc, (text) => converter.convert(text));
      const draft = extractArticle(doc, { win, sanitize });
      const holder = doc.createElement('div');
      holder.innerHTML = draft.html;
      const copy = textNodesOf(holder).map((node) => node.nodeValue ?? '');
      const { original, unmatched } = originalTextOf(copy, draft, page);
      expect(original.texts).toHaveLength(copy.length);
      // Page-data bodies come from the page's scripts, not its text nodes: nothing to trace.
      if (draft.method !== 'page-data') expect(unmatched, `untraced texts of ${copy.length}`).toBe(0);
      const traced = original.texts.filter((text) => text !== null).length;
      if (draft.method !== 'page-data') expect(traced).toBeGreaterThan(0);
      original.texts.forEach((own, i) => {
        if (own !== null) expect(converter.convert(own)).toBe(copy[i]);
      });
    } finally {
      await close();
    }
  });
});
