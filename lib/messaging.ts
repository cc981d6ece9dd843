// One typed message map. Names carry their direction: popupTo*, contentTo*, ...
// Handlers are plain async functions so they can be unit-tested without a browser.
import type { RepairReport, ScriptVerdict, Target } from '@/lib/engine/types';
import type { ArticleDraft, ArticleProvenance } from '@/lib/article/types';

/** What the content script knows about its page, shown by the popup and the badge. */
export interface PageState {
  url: string;
  host: string;
  title: string;
  /** Whether Qingwen is currently applied to the page (the toggle). */
  active: boolean;
  /** Why Qingwen did nothing, if it did nothing ('not-chinese', 'site-off', ...). */
  idleReason?: string;
  verdict?: ScriptVerdict;
  report?: RepairReport;
  /** Target the page was converted to, if it was converted. */
  convertedTo?: Target;
  /** Set when the page's bytes were fetched again and decoded with another charset. */
  redecoded?: { from: string; to: string };
  /** Text nodes and attributes changed. */
  changedNodes: number;
  /** An error Qingwen caught on this page (it never reaches the page itself). */
  error?: string;
}

/** What a context-menu conversion acts on. */
export type ConvertScope = 'selection' | 'page' | 'field';

export interface MessageMap {
  /** popup -> content script of a tab. */
  popupToContentGetState: { request: Record<string, never>; response: PageState };
  popupToContentSetActive: { request: { active: boolean }; response: PageState };
  /** content script -> background: keep the badge in step. */
  contentToBackgroundState: { request: PageState; response: void };
  /** background -> every frame of a tab: the keyboard shortcut flips the page (to `active`). */
  backgroundToContentSetActive: { request: { active: boolean }; response: PageState };
  /** background -> the frame a context menu was opened in: convert the selection, the page or the focused field. */
  backgroundToContentConvert: { request: { scope: ConvertScope }; response: { converted: number } };
  /** popup -> content script (top frame): extract the article as the reader sees it. */
  popupToContentExtractArticle: {
    request: { embedImages: boolean; convertTo?: Target | null; phrases?: Record<string, string> };
    response: ExtractArticleResponse;
  };
  /**
   * content script (article bundle) -> background: an image's bytes for "Keep image files". The
   * background may fetch other hosts once the reader granted the optional host permission.
   */
  contentToBackgroundFetchImage: { request: { url: string; maxBytes: number }; response: FetchedImageResponse };
  /** popup -> background: store an extracted article in the library (one transaction). */
  popupToBackgroundSaveArticle: {
    /** `replaceId`: update that saved copy (kept: id, highlights, tags) instead of adding one. */
    request: { draft: ArticleDraft; provenance: ArticleProvenance; replaceId?: string };
    response: SaveArticleResponse;
  };
  /** popup -> background: the newest saved copy of a URL, to ask "update it or keep both?". */
  popupToBackgroundFindByUrl: { request: { url: string }; response: { existing: { id: string; title: string; savedAt: string } | null } };
}

export type FetchedImageResponse = { ok: true; type: string; base64: string } | { ok: false; reason: 'not-image' | 'too-large' | 'failed' };

export type ExtractArticleResponse =
  | { ok: true; draft: ArticleDraft }
  | { ok: false; error: 'extract-failed'; detail: string };

export type SaveArticleResponse =
  | { ok: true; id: string }
  | { ok: false; error: 'quota' | 'save-failed'; detail: string };

export type MessageType = keyof MessageMap;

export interface Message<T extends MessageType = MessageType> {
  type: T;
  payload: MessageMap[T]['request'];
}
