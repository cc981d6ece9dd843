// Import is all or nothing: every article is checked first, then all are written in one transaction.
// It merges: an article already in the library (same id) is replaced by the imported copy.
import type { LibraryDb } from './db';
import { putArticles } from './repository';
import { zipToLibrary } from './zip';

export async function importLibraryZip(db: LibraryDb, bytes: Uint8Array): Promise<number> {
  const articles = zipToLibrary(bytes);
  await putArticles(db, articles);
  return articles.length;
}
