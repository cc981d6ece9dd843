// Tiny part of the content script: answers the popup's "extract the article" request by loading
// the article bundle on demand. Registered in the content controller's handler table, which
// answers from the top frame only, so a tab gives one reply.
import { browser } from 'wxt/browser';
import type { ExtractArticleRequest, ExtractArticleResponse } from '@/lib/messaging';

type ArticleBundle = typeof import('./article-bundle');

function loadArticleBundle(): Promise<ArticleBundle> {
  const url = browser.runtime.getURL('/engine/article.js' as '/popup.html');
  return import(/* @vite-ignore */ url);
}

async function extractArticle(
  request: ExtractArticleRequest,
): Promise<ExtractArticleResponse> {
  try {
    const bundle = await loadArticleBundle();
    return { ok: true, draft: await bundle.extractForSaving(document, request) };
  } catch (error) {
    return { ok: false, error: 'extract-failed', detail: String((error as Error)?.message ?? error) };
  }
}

export const articleHandlers = { popupToContentExtractArticle: extractArticle };
