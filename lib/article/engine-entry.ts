// Entry of the lazily loaded article bundle (/engine/article.js, built by scripts/build-engine.ts).
// Readability, DOMPurify and the image embedder live here, never in the always-injected content script.
import { extractArticle, selectionHtml } from './extract';
import { embedImages } from './embed-images';
import type { ArticleDraft } from './types';

export interface ExtractRequest {
  embedImages: boolean;
}

export async function extractForSaving(doc: Document, request: ExtractRequest): Promise<ArticleDraft> {
  const draft = extractArticle(doc, { win: doc.defaultView as never, selectionHtml: selectionHtml(doc) });
  if (!request.embedImages) return draft;
  const { html, embedded } = await embedImages(draft.html, doc);
  return { ...draft, html, embeddedImages: embedded };
}
