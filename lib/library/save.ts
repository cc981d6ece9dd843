// Turns an extracted draft into a stored article. Runs in the background, so a save
// finishes even when the popup that asked for it closes.
import type { ArticleDraft, ArticleProvenance, SavedArticle } from '@/lib/article/types';
import type { SaveArticleResponse } from '@/lib/messaging';
import type { LibraryDb } from './db';
import { putArticles } from './repository';
import { classifyStorageError } from './storage-errors';

export function toSavedArticle(draft: ArticleDraft, provenance: ArticleProvenance, id: string, savedAt: Date): SavedArticle {
  return { ...draft, ...provenance, id, savedAt: savedAt.toISOString() };
}

export async function saveDraft(
  db: LibraryDb,
  request: { draft: ArticleDraft; provenance: ArticleProvenance },
  now = new Date(),
): Promise<SaveArticleResponse> {
  const article = toSavedArticle(request.draft, request.provenance, crypto.randomUUID(), now);
  try {
    await putArticles(db, [article]);
    return { ok: true, id: article.id };
  } catch (error) {
    return { ok: false, error: classifyStorageError(error), detail: String((error as Error)?.message ?? error) };
  }
}
