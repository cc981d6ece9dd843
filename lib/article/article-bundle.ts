// Entry of the lazily loaded article bundle (/engine/article.js, built by scripts/build-engine.ts).
// Readability, DOMPurify and the image embedder live here, never in the always-injected content script.
import type { Target } from '@/lib/engine/types';
import { extractArticle, selectionHtml } from './extract';
import { DEFAULT_EMBED_LIMITS, embedImages } from './embed-images';
import { sendToBackground } from '@/lib/messaging';
import type { ArticleDraft } from './types';
import type { ExtractArticleRequest } from '@/lib/messaging';
import { originalTextOf, type PageTexts } from './original-text';
import { parseFragment } from './html-tools';
import { textNodesOf } from './render-body';

/**
 * The page session converts what the reader sees (text nodes, the title), not <meta> contents,
 * so a byline or site name taken from there would keep the page's script.
 */
async function convertMetadata(draft: ArticleDraft, target: Target, phrases?: Record<string, string>): Promise<ArticleDraft> {
  const { createConverter } = await import('@/lib/convert');
  const converter = await createConverter(target, { phrases });
  const convert = (value: string | null) => (value ? converter.convert(value) : value);
  return {
    ...draft,
    title: converter.convert(draft.title),
    byline: convert(draft.byline),
    siteName: convert(draft.siteName),
    excerpt: convert(draft.excerpt),
  };
}

/**
 * The article as the reader sees it, and, when Qingwen converted the page (`page`: its texts as
 * shown and as the page had them), the page's own text beside it, node for node.
 */
export async function extractForSaving(doc: Document, request: ExtractArticleRequest, page: PageTexts | null = null): Promise<ArticleDraft> {
  let draft = extractArticle(doc, { win: doc.defaultView as never, selectionHtml: selectionHtml(doc) });
  const extracted = { title: draft.title, byline: draft.byline };
  if (request.convertTo) draft = await convertMetadata(draft, request.convertTo, request.phrases);
  if (request.embedImages) {
    const { html, embedded } = await embedImages(draft.html, doc, DEFAULT_EMBED_LIMITS, pageThenBackground);
    draft = { ...draft, html, embeddedImages: embedded };
  }
  if (!page) return draft;
  const copyTexts = textNodesOf(parseFragment(draft.html, doc)).map((node) => node.nodeValue ?? '');
  const { original } = originalTextOf(copyTexts, extracted, page);
  // Nothing was converted in the article (a page only repaired): the copy is the page's own text.
  const same = original.title === draft.title && original.byline === draft.byline && original.texts.every((text) => text === null);
  return same ? draft : { ...draft, original };
}

/**
 * The page's own fetch first (same-origin and CORS-enabled images, with the page's cookies), then
 * the background, which can read other hosts once the reader granted the permission.
 */
const pageThenBackground = (async (url: string, init?: RequestInit) => {
  try {
    const response = await fetch(url, init);
    if (response.ok) return response;
  } catch {
    // cross-origin without CORS: ask the background
  }
  const answer = await sendToBackground('contentToBackgroundFetchImage', { url, maxBytes: DEFAULT_EMBED_LIMITS.maxImageBytes });
  if (!answer?.ok) throw new Error(answer?.reason ?? 'failed');
  const bytes = Uint8Array.from(atob(answer.base64), (c) => c.charCodeAt(0));
  return new Response(bytes, { headers: { 'content-type': answer.type } });
}) as typeof fetch;
