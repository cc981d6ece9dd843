// The library lives in IndexedDB of the extension origin, shared by the background (writes
// from the popup) and library.html. Three tables, always written together in one transaction.
import Dexie, { type Table } from 'dexie';
import type { ArticleMeta, OriginalText } from '@/lib/article/types';

export type { ArticleMeta };
export interface ArticleBody {
  id: string;
  html: string;
  text: string;
  /**
   * The page's own text beside a converted copy. Not indexed, so no schema version: bodies
   * stored before it existed simply lack it and open as before.
   */
  original?: OriginalText;
}
export interface SearchEntry {
  id: string;
  /** Title, byline, site and text, folded (see fold.ts). */
  folded: string;
}

export class LibraryDb extends Dexie {
  articles!: Table<ArticleMeta, string>;
  bodies!: Table<ArticleBody, string>;
  search!: Table<SearchEntry, string>;

  constructor(name = 'qingwen-library') {
    super(name);
    this.version(1).stores({ articles: 'id, savedAt, url', bodies: 'id', search: 'id' });
  }
}

let shared: LibraryDb | undefined;
export function libraryDb(): LibraryDb {
  return (shared ??= new LibraryDb());
}
