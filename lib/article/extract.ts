// Finds the article in a page as the reader sees it (already repaired and converted),
// always on a clone so the live page is never touched.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleDraft, ExtractionMethod } from './types';
import { readPageMetadata } from './metadata';
import { absolutizeUrls, dropRepeatedHeader, htmlToText, parseFragment } from './html-tools';
import { sanitizeArticleHtml } from './sanitize';

type WindowLike = Parameters<typeof sanitizeArticleHtml>[1];

export interface ExtractOptions {
  /** The window whose DOMPurify instance sanitises (the page's, or happy-dom's in tests). */
  win?: WindowLike;
  /** Replaces the sanitiser; only for Node tests, whose DOMs DOMPurify cannot use (see sanitize.ts). */
  sanitize?: (html: string) => string;
  /** Serialised HTML of the user's selection, if any. */
  selectionHtml?: string | null;
}

const MAIN_SELECTORS = ['article', 'main', '[role="main"]', '#content', '.content', '#main'];

/**
 * isProbablyReaderable counts characters with English in mind (140 per paragraph). A Chinese
 * character carries about what an English word does, so Chinese paragraphs are far shorter.
 */
function readerableOptions(doc: Document) {
  const sample = (doc.body?.textContent ?? '').slice(0, 5000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han > sample.replace(/\s/g, '').length / 3 ? { minContentLength: 60, minScore: 20 } : {};
}

function viaReadability(doc: Document) {
  if (!isProbablyReaderable(doc, readerableOptions(doc))) return null;
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  return article?.content ? article : null;
}

function mainContentHtml(doc: Document): string {
  for (const selector of MAIN_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el && (el.textContent ?? '').trim().length > 0) return el.innerHTML;
  }
  return doc.body?.innerHTML ?? '';
}

/** The selection as HTML (only meaningful in a live page). */
export function selectionHtml(doc: Document): string | null {
  const selection = doc.getSelection?.();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const holder = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) holder.appendChild(selection.getRangeAt(i).cloneContents());
  return (holder.textContent ?? '').trim() ? holder.innerHTML : null;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleDraft {
  const url = doc.location?.href ?? doc.URL;
  const page = readPageMetadata(doc);
  const readable = viaReadability(doc);
  let method: ExtractionMethod;
  let rawHtml: string;
  if (readable) {
    method = 'readability';
    rawHtml = readable.content ?? '';
  } else if (options.selectionHtml) {
    method = 'selection';
    rawHtml = options.selectionHtml;
  } else {
    method = 'main-content';
    rawHtml = mainContentHtml(doc);
  }
  const pick = (a: string | null | undefined, b: string | null) => (a && a.trim() ? a.trim() : b);
  const title = pick(readable?.title, page.title) || url;
  const container = parseFragment(rawHtml, doc);
  absolutizeUrls(container, doc.baseURI || url);
  const byline = pick(readable?.byline, page.byline);
  dropRepeatedHeader(container, title, byline);
  const html = options.sanitize ? options.sanitize(container.innerHTML) : sanitizeArticleHtml(container.innerHTML, options.win);
  const text = htmlToText(parseFragment(html, doc));
  return {
    title,
    byline,
    siteName: pick(readable?.siteName, page.siteName),
    publishedTime: pick(readable?.publishedTime, page.publishedTime),
    lang: pick(readable?.lang, page.lang),
    excerpt: pick(readable?.excerpt, page.excerpt),
    url,
    html,
    text,
    method,
    embeddedImages: 0,
  };
}
