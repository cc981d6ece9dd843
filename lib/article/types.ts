// What a saved article is. Plain data: it crosses messaging, IndexedDB and the ZIP format.
import type { GarbleKind, Script, Target } from '@/lib/engine/types';

/** How the article body was found on the page. */
/** 'page-data': a client-rendered page's article text, found in the data its scripts render from. */
export type ExtractionMethod = 'readability' | 'selection' | 'page-data' | 'main-content';

/** Extracted in the content script, before the background gives it an id and stores it. */
export interface ArticleDraft {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  url: string;
  /** Sanitised HTML of the article body. */
  html: string;
  /** Plain text of the body, for search and plain-text export. */
  text: string;
  method: ExtractionMethod;
  /** Images whose bytes were embedded as data: URLs (the others stay linked by URL). */
  embeddedImages: number;
  /** The page's own text beside a converted copy (absent: the copy is the page's own text). */
  original?: OriginalText;
}

/**
 * The article as the page had it: repaired, but not converted. Kept beside a converted copy so
 * the reader view can show any script from the page's own characters, never re-deriving them
 * from the converted copy (a Traditional page saved as Simplified gives its own 乾/幹/干 back).
 */
export interface OriginalText {
  title: string;
  /** The byline as the page has it (absent in records saved before it was kept). */
  byline?: string | null;
  /**
   * One entry per text node of the copy's `html`, in document order (as Highlight.node counts):
   * the page's text there, or null where it equals the copy's.
   */
  texts: (string | null)[];
}

/** What Qingwen had done to the page when it was saved. */
export interface ArticleProvenance {
  /** Script the page was detected as. */
  detectedScript: Script | null;
  /** Target the page was converted to, if it was converted. */
  convertedTo: Target | null;
  repaired: { kind: GarbleKind; count: number }[];
  unrecoverable: number;
  redecoded: { from: string; to: string } | null;
}

/**
 * A highlight, anchored in the stored copy: text node `node` (document order of the sanitised
 * body's text nodes) from `start` to `end` (UTF-16 offsets in that node's stored text). The
 * reader shows the copy in other scripts by converting each node, split at these offsets, so an
 * anchor never moves whatever the script shown (phrase conversion may change lengths; stored
 * offsets are never offsets in a converted text). Highlights stay within one text node.
 */
export interface Highlight {
  id: string;
  node: number;
  start: number;
  end: number;
  /** The highlighted stored text, for search, export and checking the anchor still fits. */
  text: string;
  note: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface SavedArticle extends ArticleDraft, ArticleProvenance {
  id: string;
  /** ISO 8601. */
  savedAt: string;
  /** Absent on records saved before highlights existed. */
  highlights?: Highlight[];
  tags?: string[];
}

/** Everything but the body (and the page's text beside it): what the library's list shows. */
export type ArticleMeta = Omit<SavedArticle, 'html' | 'text' | 'original'>;

/**
 * "Save all tabs in this window": its progress and summary. The background keeps it in
 * storage.local (lib/library/batch-progress.ts) and the library page shows it
 * (components/library/BatchProgressView.tsx, which takes it as props and imports no lib/library).
 */
export interface BatchProgress {
  startedAt: string;
  total: number;
  done: number;
  saved: number;
  updated: number;
  /** Tabs with no page Qingwen can read (browser pages, the library itself, PDFs). */
  skipped: number;
  failed: { title: string; reason: string }[];
  finished: boolean;
}

/** The lang tag for an article body: it picks SC/TC/HK glyph forms in CJK fonts. */
export function articleLang(article: Pick<SavedArticle, 'lang' | 'convertedTo' | 'detectedScript'>): string {
  if (article.convertedTo === 'simplified') return 'zh-CN';
  if (article.convertedTo === 'taiwan' || article.convertedTo === 'taiwan-phrases') return 'zh-TW';
  if (article.convertedTo === 'hongkong') return 'zh-HK';
  if (article.convertedTo === 'traditional') return 'zh-Hant';
  return article.lang ?? (article.detectedScript === 'traditional' ? 'zh-Hant' : 'zh-Hans');
}
