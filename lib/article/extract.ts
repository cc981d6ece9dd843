// Finds the article in a page as the reader sees it (already repaired and converted),
// always on a clone so the live page is never touched.
import type { ArticleDraft, ExtractionMethod } from './types';
import { readPageMetadata } from './metadata';
import { absolutizeUrls, dropRepeatedHeader, htmlToText, parseFragment } from './html-tools';
import { sanitizeArticleHtml } from './sanitize';
import { prepareForReadability } from './prepare';
import { runReadability } from './run-readability';
import { embeddedBodyHtml } from './embedded-body';
import { hanCount, visibleLength } from './cjk';
import { isPlausibleByline, visibleByline, visibleDate, visibleTitle } from './page-signals';

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
 * Readability on a prepared clone. Its own isProbablyReaderable gate is not used: it counts
 * characters the English way and turned away most Chinese news pages. The body it finds is
 * kept when it holds an article's worth of text, or, for a news brief of two sentences, when
 * it holds the page's own summary (its description meta).
 */
function viaReadability(doc: Document) {
  const clone = doc.cloneNode(true) as Document;
  prepareForReadability(clone);
  const article = runReadability(clone);
  const text = article?.textContent ?? '';
  const han = hanCount(text);
  const summary = squash(readPageMetadata(doc).excerpt ?? '').replace(/(\.\.\.|…)+$/, '').slice(0, 30);
  const holdsSummary = hanCount(summary) >= 10 && squash(text).includes(summary);
  // Its metadata (JSON-LD first) is good even when the body it found is not an article.
  return { article, isArticle: !!article?.content && (han >= 100 || visibleLength(text) >= 400 || (han >= 20 && holdsSummary)) };
}

const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

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

/** The parts of a "Headline | Section | Site" title after the headline: names of the publisher. */
function titleParts(title: string): string[] {
  return title.split(/\s[|_\-–—]\s|[|｜_]/).slice(1).map((part) => part.trim()).filter(Boolean);
}

/**
 * The reporter credited in the text wins over metadata (JSON-LD often names the organisation);
 * a metadata byline that is a URL or the publisher's own name is no byline at all.
 */
function chooseByline(text: string, fromMetadata: (string | null | undefined)[], publisher: (string | null)[]): string | null {
  const names = publisher.filter((name): name is string => !!name);
  return visibleByline(text) ?? fromMetadata.find((value) => isPlausibleByline(value, names))?.trim() ?? null;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleDraft {
  const url = doc.location?.href ?? doc.URL;
  const page = readPageMetadata(doc);
  const { article: readable, isArticle } = viaReadability(doc);
  let method: ExtractionMethod;
  let rawHtml: string;
  let embedded: string | null;
  if (readable && isArticle) {
    method = 'readability';
    rawHtml = readable.content ?? '';
  } else if (options.selectionHtml) {
    method = 'selection';
    rawHtml = options.selectionHtml;
  } else if ((embedded = embeddedBodyHtml(doc))) {
    method = 'page-data';
    rawHtml = embedded;
  } else {
    method = 'main-content';
    rawHtml = mainContentHtml(doc);
  }
  const pick = (a: string | null | undefined, b: string | null) => (a && a.trim() ? a.trim() : b);
  const title = visibleTitle(doc, [readable?.title, page.title, doc.title]) ?? (pick(readable?.title, page.title) || url);
  const siteName = pick(readable?.siteName, page.siteName);
  const container = parseFragment(rawHtml, doc);
  absolutizeUrls(container, doc.baseURI || url);
  const bodyText = htmlToText(container);
  const byline = chooseByline(bodyText, [readable?.byline, page.byline], [siteName, ...titleParts(doc.title)]);
  dropRepeatedHeader(container, title, byline);
  const html = options.sanitize ? options.sanitize(container.innerHTML) : sanitizeArticleHtml(container.innerHTML, options.win);
  const text = htmlToText(parseFragment(html, doc));
  return {
    title,
    byline,
    siteName,
    publishedTime: pick(readable?.publishedTime, page.publishedTime) ?? visibleDate(doc),
    lang: pick(readable?.lang, page.lang),
    excerpt: pick(readable?.excerpt, page.excerpt),
    url,
    html,
    text,
    method,
    embeddedImages: 0,
  };
}
