// The content script's side of a tab, small enough to inject everywhere: one table of
// message handlers, the settings watch, and the engine loaded only when a page needs it.
import { onTabMessage, sendToBackground, type MessageType, type PageState, type RequestOf, type ResponseOf } from '@/lib/messaging';
import { loadSettings, watchSettings } from '@/lib/settings/store';
import type { Settings } from '@/lib/settings/schema';
import { siteModeAt } from '@/lib/settings/site-rules';
import type { PageSession } from './page-session';
import { looksChinese } from '@/lib/detect/looks-chinese';

type EngineModule = typeof import('./engine-entry');
type Handler<K extends MessageType> = (request: RequestOf<K>) => Promise<ResponseOf<K>>;
type HandlerTable = { [K in MessageType]?: Handler<K> };

export interface ControllerOptions {
  /** The cheap check's answer for this frame. */
  chinese: boolean;
  /** Loads /engine/engine.js (an import() the test of this file can replace). */
  loadEngine(): Promise<EngineModule>;
  /** More handlers for this table (another feature's messages). */
  extraHandlers?: HandlerTable;
}

const STATE_REPORT_DELAY_MS = 200;
const RECHECK_AFTER_MS = 2000;

export function startContentController(doc: Document, options: ControllerOptions): () => void {
  const top = doc.defaultView === doc.defaultView?.top;
  let settings: Settings | null = null;
  let session: Promise<PageSession> | null = null;
  let idleReason = options.chinese ? 'starting' : 'not-chinese';
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const cleanups: (() => void)[] = [];

  const idleState = (): PageState => ({
    url: doc.location.href, host: doc.location.hostname, title: doc.title, active: false, idleReason, changedNodes: 0,
  });

  const reportState = (state: PageState) => {
    if (!top) return; // the badge shows the tab's top page
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      sendToBackground('contentToBackgroundState', state).catch(() => {});
    }, STATE_REPORT_DELAY_MS);
  };

  const ensureSession = (extra: { force?: boolean; startIdle?: string } = {}): Promise<PageSession> => {
    session ??= (async () => {
      const [engine, current] = await Promise.all([options.loadEngine(), settings ?? loadSettings()]);
      return engine.startPageSession(doc, { settings: current, onState: reportState, ...extra });
    })();
    return session;
  };

  const setActive = async (active: boolean, force: boolean): Promise<PageState> => {
    if (!session && (!active || (!top && !options.chinese))) return idleState();
    const running = await ensureSession({ force });
    return running.setActive(active, force);
  };

  /** A failure is reported in the state the popup shows, never thrown at the page. */
  const orIdleState = (state: Promise<PageState>) => state.catch((error) => ({ ...idleState(), error: String(error) }));
  const handlers: HandlerTable = {
    popupToContentGetState: () => orIdleState((async () => (session ? (await session).state : idleState()))()),
    popupToContentSetActive: ({ active }) => orIdleState(setActive(active, active)),
    backgroundToContentSetActive: ({ active }) => orIdleState(setActive(active, active)),
    backgroundToContentConvert: async ({ scope }) => {
      const [engine, running, current] = await Promise.all([
        options.loadEngine(), ensureSession({ startIdle: 'user-selection' }), settings ?? loadSettings(),
      ]);
      return { converted: await engine.convertScope(doc, scope, current, running) };
    },
    ...options.extraHandlers,
  };

  // Which frames act on each message (lib/messaging.ts, onTabMessage): the state and the article
  // are the top frame's; on/off reaches every frame, the top one answering; a context-menu
  // conversion is sent to the frame it was opened in.
  const listen = <K extends MessageType>(type: K, handler: Handler<K> | undefined, frames: 'top' | 'all' | 'addressed') => {
    if (handler) cleanups.push(onTabMessage(type, handler, { topFrame: top, frames }));
  };
  listen('popupToContentGetState', handlers.popupToContentGetState, 'top');
  listen('popupToContentSetActive', handlers.popupToContentSetActive, 'all');
  listen('backgroundToContentSetActive', handlers.backgroundToContentSetActive, 'all');
  listen('backgroundToContentConvert', handlers.backgroundToContentConvert, 'addressed');
  listen('popupToContentExtractArticle', handlers.popupToContentExtractArticle, 'top');

  const applySettings = (next: Settings) => {
    settings = next;
    const mode = siteModeAt(next, doc.location.href);
    if (session) session.then((s) => s.applySettings(next)).catch(() => {});
    else if (mode === 'always' || (options.chinese && mode !== 'never')) ensureSession().catch(() => {});
    else idleReason = mode === 'never' ? 'site-off' : idleReason;
  };
  const followSettings = () => {
    const start = performance.now();
    cleanups.push(watchSettings(applySettings));
    loadSettings().then(applySettings, () => {});
    if (!options.chinese) performance.measure('qingwen:content-script-idle', { start, end: performance.now() });
  };
  // A page that is not Chinese only needs settings for a per-site "always": read them when idle.
  if (options.chinese) followSettings();
  else cleanups.push(whenIdle(doc, followSettings));

  if (!options.chinese) {
    // Pages that render their text after load (single-page apps): one more look, no observer.
    const recheck = setTimeout(() => {
      if (session || !looksChinese(doc)) return;
      options.chinese = true;
      idleReason = 'starting';
      if (settings) applySettings(settings);
    }, RECHECK_AFTER_MS);
    cleanups.push(() => clearTimeout(recheck));
  }

  return () => {
    clearTimeout(reportTimer);
    for (const cleanup of cleanups.splice(0)) cleanup();
    session?.then((s) => s.stop()).catch(() => {});
  };
}

export type { HandlerTable };

/** Runs `task` when the frame is idle (or after a second at most); returns the cancel. */
function whenIdle(doc: Document, task: () => void): () => void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (win?.requestIdleCallback) {
    const id = win.requestIdleCallback(task, { timeout: 1000 });
    return () => win.cancelIdleCallback(id);
  }
  const id = setTimeout(task, 50);
  return () => clearTimeout(id);
}
