import { browser } from 'wxt/browser';
// Tiny part of the content script: answers the popup's "extract the article" request by
// loading the article bundle on demand. Only the top frame answers, so a tab gives one reply.
import type { ExtractArticleResponse, Message } from '@/lib/messaging';

type ArticleBundle = typeof import('./engine-entry');

function loadArticleBundle(): Promise<ArticleBundle> {
  const url = browser.runtime.getURL('/engine/article.js' as '/popup.html');
  return import(/* @vite-ignore */ url);
}

async function answerExtract(message: Message<'popupToContentExtractArticle'>): Promise<ExtractArticleResponse> {
  try {
    const bundle = await loadArticleBundle();
    return { ok: true, draft: await bundle.extractForSaving(document, message.payload) };
  } catch (error) {
    return { ok: false, error: 'extract-failed', detail: String((error as Error)?.message ?? error) };
  }
}

/** Registers the listener; returns its removal (for the content script's cleanup list). */
export function registerArticleExtraction(): () => void {
  if (window !== window.top) return () => {};
  const listener = (message: Message, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (message?.type !== 'popupToContentExtractArticle') return false;
    answerExtract(message as Message<'popupToContentExtractArticle'>).then(sendResponse);
    return true; // keeps the channel open for the async answer (Chrome's callback convention)
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
