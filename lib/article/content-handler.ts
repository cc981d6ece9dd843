// Tiny part of the content script: answers the popup's "extract the article" request by loading
// the article bundle on demand. Registered in the content controller's handler table, which
// answers from the top frame only, so a tab gives one reply.
import { browser } from 'wxt/browser';
import type { ExtractArticleRequest, ExtractArticleResponse, PageState } from '@/lib/messaging';
import type { PageTexts } from './original-text';

type ArticleBundle = typeof import('./article-bundle');

/** What saving needs of the page session: whether it converted the page, and the page's own texts. */
export interface PageTextSource {
  session(): Promise<{ readonly state: PageState; pageTexts(nodes: readonly Text[]): string[] }> | null;
}

function loadArticleBundle(): Promise<ArticleBundle> {
  const url = browser.runtime.getURL('/engine/article.js' as '/popup.html');
  return import(/* @vite-ignore */ url);
}

/** Text nodes a copy can come from: the whole document but scripts and styles. */
function textNodesOf(doc: Document): Text[] {
  const walker = doc.createTreeWalker(doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') out.push(node as Text);
  }
  return out;
}

/**
 * The page's shown and own texts while Qingwen is on for the page (it may have converted the page,
 * stray texts on it, or only applied the reader's phrases and quotes); else the copy is the
 * page's own text.
 */
async function pageTextsOf(doc: Document, page: PageTextSource): Promise<PageTexts | null> {
  const session = await page.session()?.catch(() => null);
  if (!session?.state.active) return null;
  const nodes = textNodesOf(doc);
  return { shown: nodes.map((node) => node.nodeValue ?? ''), own: session.pageTexts(nodes) };
}

async function extractArticle(request: ExtractArticleRequest, page: PageTextSource): Promise<ExtractArticleResponse> {
  try {
    const [bundle, texts] = await Promise.all([loadArticleBundle(), pageTextsOf(document, page)]);
    return { ok: true, draft: await bundle.extractForSaving(document, request, texts) };
  } catch (error) {
    return { ok: false, error: 'extract-failed', detail: String((error as Error)?.message ?? error) };
  }
}

export function articleHandlers(page: PageTextSource) {
  return { popupToContentExtractArticle: (request: ExtractArticleRequest) => extractArticle(request, page) };
}
