// Reading and writing the library. Every write covers all three tables in one transaction,
// so an article is either fully there or not at all.
import type { SavedArticle } from '@/lib/article/types';
import type { ArticleBody, ArticleMeta, LibraryDb } from './db';
import { foldForSearch, matchesFolded } from '@/lib/convert/search-fold';
import { annotationText } from '@/lib/article/highlights';

function split(article: SavedArticle) {
  const { html, text, original, ...meta } = article;
  const annotations = annotationText(article.highlights, article.tags);
  const folded = foldForSearch([article.title, article.byline, article.siteName, text, annotations].filter(Boolean).join('\n'));
  const body: ArticleBody = original ? { id: article.id, html, text, original } : { id: article.id, html, text };
  return { meta: meta as ArticleMeta, body, search: { id: article.id, folded } };
}

/** A record from its two rows; `original` only where one was kept. */
function joined(meta: ArticleMeta, body: ArticleBody): SavedArticle {
  return body.original ? { ...meta, html: body.html, text: body.text, original: body.original } : { ...meta, html: body.html, text: body.text };
}

export async function putArticles(db: LibraryDb, articles: SavedArticle[]): Promise<void> {
  const parts = articles.map(split);
  await db.transaction('rw', db.articles, db.bodies, db.search, async () => {
    await db.articles.bulkPut(parts.map((p) => p.meta));
    await db.bodies.bulkPut(parts.map((p) => p.body));
    await db.search.bulkPut(parts.map((p) => p.search));
  });
}

/** Newest first. */
export async function listArticles(db: LibraryDb): Promise<ArticleMeta[]> {
  return db.articles.orderBy('savedAt').reverse().toArray();
}

export async function getArticle(db: LibraryDb, id: string): Promise<SavedArticle | undefined> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const [meta, body] = await Promise.all([db.articles.get(id), db.bodies.get(id)]);
    return meta && body ? joined(meta, body) : undefined;
  });
}

export async function deleteArticle(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', db.articles, db.bodies, db.search, async () => {
    await Promise.all([db.articles.delete(id), db.bodies.delete(id), db.search.delete(id)]);
  });
}

/** Newest first, matching the query in either script (see fold.ts). */
export async function searchArticles(db: LibraryDb, query: string): Promise<ArticleMeta[]> {
  if (!query.trim()) return listArticles(db);
  const ids = new Set<string>();
  await db.search.each((entry) => {
    if (matchesFolded(entry.folded, query)) ids.add(entry.id);
  });
  return (await listArticles(db)).filter((meta) => ids.has(meta.id));
}

/** Every article in full, newest first (for the ZIP export). */
export async function allArticles(db: LibraryDb): Promise<SavedArticle[]> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const metas = await listArticles(db);
    const bodies = await db.bodies.bulkGet(metas.map((m) => m.id));
    return metas.flatMap((meta, i) => (bodies[i] ? [joined(meta, bodies[i]!)] : []));
  });
}

/** Changes an article's highlights or tags (meta and search index together). */
export async function updateAnnotations(
  db: LibraryDb,
  id: string,
  patch: Pick<SavedArticle, 'highlights' | 'tags'>,
): Promise<SavedArticle | undefined> {
  return db.transaction('rw', db.articles, db.bodies, db.search, async () => {
    const current = await getArticle(db, id);
    if (!current) return undefined;
    const next = { ...current, ...patch };
    await putArticles(db, [next]);
    return next;
  });
}
