// One typed protocol for every message between Qingwen's parts: one map of message types to
// their request and response, sent and received through @webext-core/messaging (the library
// WXT recommends), so the compiler checks both ends. Names carry their direction: popupTo*,
// contentTo*, backgroundTo*. Handlers are plain async functions, unit-tested without a browser.
import { defineExtensionMessaging, type GetDataType, type GetReturnType } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import type { RepairReport, ScriptVerdict, Target } from '@/lib/engine/types';
import type { ArticleDraft, ArticleProvenance } from '@/lib/article/types';

/** What a page already in the reader's script gets: the reader's phrase table, quotes that follow the script. */
export interface TouchUp {
  phrases: boolean;
  punctuation: boolean;
}

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
  /** A page already in the reader's script that only got the reader's phrases and/or quotes. */
  touchedUp?: TouchUp;
  /** Set when the page's bytes were fetched again and decoded with another charset. */
  redecoded?: { from: string; to: string };
  /** Text nodes and attributes changed. */
  changedNodes: number;
  /** An error Qingwen caught on this page (it never reaches the page itself). */
  error?: string;
}

/** What a context-menu conversion acts on. */
export type ConvertScope = 'selection' | 'page' | 'field';

export interface ExtractArticleRequest {
  embedImages: boolean;
  /** The script the page was converted to: metadata read from <meta> tags is converted alike. */
  convertTo?: Target | null;
  phrases?: Record<string, string>;
}

/** 'not-granted': the reader declined (or never granted) the permission for that image's host. */
export type FetchedImageResponse = { ok: true; type: string; base64: string } | { ok: false; reason: 'not-image' | 'too-large' | 'failed' | 'not-granted' };

export type ExtractArticleResponse =
  | { ok: true; draft: ArticleDraft }
  | { ok: false; error: 'extract-failed'; detail: string };

export type SaveArticleResponse =
  | { ok: true; id: string }
  | { ok: false; error: 'quota' | 'save-failed'; detail: string };

/** Every message: its request in, its response out. */
export interface ProtocolMap {
  /** popup -> the top frame of a tab: what Qingwen did there. */
  popupToContentGetState(request: Record<string, never>): PageState;
  /** popup -> every frame of a tab (the top one answers): Qingwen on or off for the page. */
  popupToContentSetActive(request: { active: boolean }): PageState;
  /** content script (top frame) -> background: keep the badge in step. */
  contentToBackgroundState(request: PageState): void;
  /** background -> every frame of a tab (the top one answers): the keyboard shortcut flips the page. */
  backgroundToContentSetActive(request: { active: boolean }): PageState;
  /** background -> the frame a context menu was opened in: convert the selection, the page or the focused field. */
  backgroundToContentConvert(request: { scope: ConvertScope }): { converted: number };
  /** popup -> the top frame: extract the article as the reader sees it. */
  popupToContentExtractArticle(request: ExtractArticleRequest): ExtractArticleResponse;
  /**
   * content script (article bundle) -> background: an image's bytes for "Keep image files". The
   * background may fetch other hosts once the reader granted the optional host permission.
   */
  contentToBackgroundFetchImage(request: { url: string; maxBytes: number }): FetchedImageResponse;
  /**
   * popup -> background: store an extracted article in the library (one transaction);
   * `replaceId`: update that saved copy (kept: id, highlights, tags) instead of adding one.
   */
  popupToBackgroundSaveArticle(request: { draft: ArticleDraft; provenance: ArticleProvenance; replaceId?: string }): SaveArticleResponse;
  /** popup -> background: the newest saved copy of a URL, to ask "update it or keep both?". */
  popupToBackgroundFindByUrl(request: { url: string }): { existing: { id: string; title: string; savedAt: string } | null };
  /** popup -> background: save every tab of a window (progress and summary in the library). */
  popupToBackgroundSaveAllTabs(request: { windowId?: number }): { started: true };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = GetDataType<ProtocolMap[K]>;
export type ResponseOf<K extends MessageType> = GetReturnType<ProtocolMap[K]>;
/** The same map as { request, response } pairs. */
export type MessageMap = { [K in MessageType]: { request: RequestOf<K>; response: ResponseOf<K> } };

export type MessageSender = Browser.runtime.MessageSender;
export type Handler<K extends MessageType> = (request: RequestOf<K>, sender: MessageSender) => ResponseOf<K> | Promise<ResponseOf<K>>;

const messenger = defineExtensionMessaging<ProtocolMap>();

/**
 * The frames of a tab a message goes to. The content script runs in every frame; the sender
 * gets one answer: from the top frame (`top`, and `all`, where the other frames act without
 * answering) or from the one frame addressed.
 */
export type Frames = 'top' | 'all' | { frameId: number };

export function sendToTab<K extends MessageType>(tabId: number, type: K, request: RequestOf<K>, frames: Frames = 'top'): Promise<ResponseOf<K>> {
  const frameId = frames === 'top' ? 0 : frames === 'all' ? undefined : frames.frameId;
  return messenger.sendMessage(type, request, { tabId, frameId });
}

export function sendToBackground<K extends MessageType>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  return messenger.sendMessage(type, request);
}

/** Answers `type` in this context (the background, an extension page); returns the stop. */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  return messenger.onMessage(type, (message) => handler(message.data, message.sender));
}

/** A promise that never settles: this frame acts, and the top frame's answer is the one the sender gets. */
const LEFT_TO_THE_TOP_FRAME = new Promise<never>(() => {});

/**
 * Answers a tab message in a content script, by what `frames` the sender addresses (see Frames):
 * `top` messages only in the top frame; `all` ones act in every frame, answered by the top one;
 * `addressed` ones in whichever frame they were sent to. Returns the stop.
 */
export function onTabMessage<K extends MessageType>(
  type: K,
  handler: Handler<K>,
  where: { topFrame: boolean; frames: 'top' | 'all' | 'addressed' },
): () => void {
  if (where.frames === 'top' && !where.topFrame) return () => {};
  return messenger.onMessage(type, async (message) => {
    const answer = await handler(message.data, message.sender);
    return where.frames === 'all' && !where.topFrame ? LEFT_TO_THE_TOP_FRAME : answer;
  });
}

/** The error a sender gets when no content script answers in the tab (chrome://, the store, a PDF...). */
export function isNoReceiverError(error: unknown): boolean {
  const message = String((error as Error)?.message ?? error);
  return /^No response$|receiving end does not exist|no matching message handler|could not establish connection/i.test(message);
}
