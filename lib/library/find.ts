// Finding what the library already holds for a page, and replacing a copy in place.
import type { ArticleDraft, ArticleProvenance, SavedArticle } from '@/lib/article/types';
import type { LibraryDb } from './db';
import { getArticle, putArticles } from './repository';

/** Articles saved from `url`, newest first. */
export async function articlesAtUrl(db: LibraryDb, url: string) {
  const found = await db.articles.where('url').equals(url).toArray();
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

/**
 * Replaces the copy of article `id` with a new extraction, keeping its id, highlights and tags
 * (a highlight whose words the new copy no longer has at its anchor is simply not shown).
 */
export async function updateCopy(
  db: LibraryDb,
  id: string,
  request: { draft: ArticleDraft; provenance: ArticleProvenance },
  now = new Date(),
): Promise<SavedArticle | undefined> {
  return db.transaction('rw', db.articles, db.bodies, db.search, async () => {
    const current = await getArticle(db, id);
    if (!current) return undefined;
    const next: SavedArticle = { ...current, ...request.draft, ...request.provenance, id, savedAt: now.toISOString() };
    // The new copy's original or none: the old one belongs to the old copy's text nodes.
    if (!request.draft.original) delete next.original;
    await putArticles(db, [next]);
    return next;
  });
}
