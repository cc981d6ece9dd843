// The whole library as one ZIP: a manifest plus one JSON file per article, which holds the
// stored record exactly (lossless round trip), and a readable HTML copy for people.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { SavedArticle } from '@/lib/article/types';
import { isSavedArticle } from './validate';

export const ZIP_FORMAT = 'qingwen-library';
export const ZIP_VERSION = 1;
const MANIFEST = 'qingwen-library.json';

export class LibraryImportError extends Error {
  constructor(readonly reason: 'not-a-zip' | 'not-a-library' | 'newer-version' | 'bad-article') {
    super(reason);
  }
}

export interface ZipExtras {
  /** Readable HTML for an article (self-contained page); optional, ignored on import. */
  renderHtml?: (article: SavedArticle) => string;
  exportedAt?: string;
}

export function libraryToZip(articles: SavedArticle[], extras: ZipExtras = {}): Uint8Array {
  const files: Zippable = {
    [MANIFEST]: strToU8(
      JSON.stringify({ format: ZIP_FORMAT, version: ZIP_VERSION, exportedAt: extras.exportedAt ?? new Date().toISOString(), count: articles.length, ids: articles.map((a) => a.id) }, null, 2),
    ),
  };
  for (const article of articles) {
    files[`articles/${article.id}.json`] = strToU8(JSON.stringify(article));
    if (extras.renderHtml) files[`html/${article.id}.html`] = strToU8(extras.renderHtml(article));
  }
  return zipSync(files, { level: 6 });
}

export function zipToLibrary(bytes: Uint8Array): SavedArticle[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new LibraryImportError('not-a-zip');
  }
  let manifest: { format?: unknown; version?: unknown; ids?: unknown };
  try {
    manifest = JSON.parse(strFromU8(files[MANIFEST]));
  } catch {
    throw new LibraryImportError('not-a-library');
  }
  if (manifest.format !== ZIP_FORMAT || !Array.isArray(manifest.ids)) throw new LibraryImportError('not-a-library');
  if (typeof manifest.version !== 'number' || manifest.version > ZIP_VERSION) throw new LibraryImportError('newer-version');
  return manifest.ids.map((id) => {
    const file = files[`articles/${id}.json`];
    let article: unknown;
    try {
      article = file && JSON.parse(strFromU8(file));
    } catch {
      throw new LibraryImportError('bad-article');
    }
    if (!isSavedArticle(article) || article.id !== id) throw new LibraryImportError('bad-article');
    return article;
  });
}
