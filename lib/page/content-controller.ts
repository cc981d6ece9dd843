// The content script's side of a tab, small enough to inject everywhere at document_start: the
// first look at the page, the per-site memory, one table of message handlers, the settings
// watch, and the engine loaded only once the page is known to need it.
import { onTabMessage, sendToBackground, type MessageType, type PageState, type RequestOf, type ResponseOf } from '@/lib/messaging';
import { followSettings, readSettings, readSettingsWith } from '@/lib/settings/read';
import { defaultSettings, type Settings } from '@/lib/settings/schema';
import { siteModeAt, targetAt } from '@/lib/settings/site-rules';
import { sampleText } from '@/lib/dom/text-sample';
import { drawVeil, type Veil } from '@/lib/dom/veil';
import { languageOf, type ScriptGuess } from '@/lib/sniff/language';
import type { PageSession } from './page-session';
import { FirstLook, mayHaveTurnedChinese } from './first-look';
import { holdDuringHydration } from './hydration-hold';
import { memoryKey, rememberSite, siteMemoryIn, type SiteMemory } from './site-memory';

type EngineModule = typeof import('./page-bundle');
type Handler<K extends MessageType> = (request: RequestOf<K>) => Promise<ResponseOf<K>>;
type HandlerTable = { [K in MessageType]?: Handler<K> };

export interface ControllerOptions {
  /** Loads /engine/engine.js (an import() the test of this file can replace). */
  loadEngine(): Promise<EngineModule>;
  /**
   * More handlers for this table (another feature's messages); as a function, given the page
   * session if one runs (saving reads the page's own text beside the converted one).
   */
  extraHandlers?: HandlerTable | ((page: { session(): Promise<PageSession> | null }) => HandlerTable);
  /** Longest the page may stay veiled while its conversion is prepared. */
  veilMs?: number;
}

const STATE_REPORT_DELAY_MS = 200;
const RECHECK_AFTER_MS = 2000;
const VEIL_MS = 800;

export function startContentController(doc: Document, options: ControllerOptions): () => void {
  const started = performance.now();
  const top = doc.defaultView === doc.defaultView?.top;
  const host = doc.location.hostname;
  let settings: Settings | null = null;
  let memory: SiteMemory | null = null;
  let recalled = false;
  let engine: Promise<EngineModule> | null = null;
  let session: Promise<PageSession> | null = null;
  /** The session once started, for what must happen synchronously (React about to hydrate). */
  let live: PageSession | null = null;
  let hydrating = false;
  let chinese = false;
  let idleReason = 'starting';
  let veil: Veil | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let syncMs = 0;
  const cleanups: (() => void)[] = [];

  const idleState = (): PageState => ({
    url: doc.location.href, host, title: doc.title, active: false, idleReason, changedNodes: 0,
  });

  const reportState = (state: PageState) => {
    if (!top) return; // the badge shows the tab's top page
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      sendToBackground('contentToBackgroundState', state).catch(() => {});
    }, STATE_REPORT_DELAY_MS);
  };

  /** Steps of a Chinese page's start, in the page's performance timeline (`npm run bench:page` reads them). */
  const marked = new Set<string>();
  const mark = (step: 'chinese' | 'veil' | 'engine' | 'first-pass') => {
    if (marked.has(step) || !top) return;
    marked.add(step);
    performance.mark(`qingwen:${step}`);
  };

  const loadEngine = () =>
    (engine ??= options.loadEngine().then((bundle) => {
      mark('engine');
      return bundle;
    }));

  const firstPass = () => {
    mark('first-pass');
    liftVeil();
  };

  const liftVeil = () => {
    veil?.lift();
    veil = null;
  };

  const ensureSession = (extra: { force?: boolean; startIdle?: string } = {}): Promise<PageSession> => {
    session ??= (async () => {
      const [bundle, current] = await Promise.all([loadEngine(), settings ?? readSettings()]);
      return bundle.startPageSession(doc, {
        settings: current,
        expectedScript: expectedScript(),
        pageLanguage: () => look.look.language,
        onState: reportState,
        onFirstPass: firstPass,
        hydrating: () => hydrating,
        ...extra,
      });
    })();
    session.then((s) => (live = s)).catch(() => {});
    session.catch(liftVeil);
    return session;
  };

  /** The script the page is probably in: its first text's guess, else what the site had last time. */
  const expectedScript = (): ScriptGuess => {
    if (look.look.script !== 'unknown') return look.look.script;
    return memory?.script === 'simplified' || memory?.script === 'traditional' ? memory.script : 'unknown';
  };

  /**
   * Veils the page until its first batch is converted, when a conversion is likely and nothing
   * has been painted yet. A page already on screen is never hidden.
   */
  const maybeVeil = (current: Settings) => {
    if (veil || !top || current.conversion === 'off' || alreadyPainted(doc)) return;
    const guess = expectedScript();
    const readerTraditional = targetAt(current, doc.location.href) !== 'simplified';
    const likely = guess === 'unknown' ? !memory || memory.script === 'mixed' : (guess === 'traditional') !== readerTraditional;
    if (likely || memory?.garbled) {
      veil = drawVeil(doc, options.veilMs ?? VEIL_MS);
      mark('veil');
    }
  };

  /** Called whenever the first look, the settings or the site memory tell something new. */
  const decide = () => {
    const { language, final } = look.look;
    const saysChinese = language === 'chinese' || language === 'misdecoded';
    const saysOther = language === 'japanese' || language === 'korean' || (final && language === 'other');
    if (saysChinese) mark('chinese');
    // The engine can start loading before settings arrive: it is the long pole. A page that
    // leans Chinese (its first text or title mostly Han) is nearly always Chinese: it starts too.
    if (saysChinese || (memory && !saysOther) || look.look.leaning) void loadEngine().catch(() => {});
    if (saysOther && !session) idleReason = 'not-chinese';
    // The veil cannot wait for the settings (a storage round trip may come after the first
    // paint): until they arrive, the reader's script is taken from the browser's language.
    if ((saysChinese || look.look.leaning) && !session && !settings) maybeVeil(provisionalSettings());
    // A page whose first text is mostly Han is veiled before it is decided (it lifts if the page
    // turns out not to be Chinese): its first menu must not be painted unconverted.
    if (look.look.leaning && !session && settings) maybeVeil(settings);
    if (!settings || !recalled) return;
    const mode = siteModeAt(settings, doc.location.href);
    if (session) {
      if (saysOther && mode !== 'always') session.then((s) => s.leave('not-chinese')).catch(() => {});
      // A page judged "not Chinese" that turned Chinese (text rendered by its scripts): back on.
      else if (saysChinese) session.then((s) => (s.state.idleReason === 'not-chinese' ? s.setActive(true) : null)).catch(() => {});
      return;
    }
    if (mode === 'never') return idle('site-off');
    if (mode === 'always' || saysChinese || (memory && !saysOther)) {
      chinese = saysChinese || !!memory;
      maybeVeil(settings);
      ensureSession().catch(() => {});
      remember();
    } else if (saysOther) idle('not-chinese');
  };

  const idle = (reason: string) => {
    idleReason = reason;
    liftVeil();
    look.stop();
    if (reason === 'not-chinese') measureCost();
  };

  let measured = false;
  /** Visible in the page's performance timeline: what Qingwen cost on a page it left alone. */
  const measureCost = () => {
    if (measured) return;
    measured = true;
    const duration = syncMs + look.busyMs - lookBusyInStart;
    performance.measure('qingwen:content-script', { start: started, duration, detail: { look: look.busyMs, sync: syncMs } });
  };

  /** Once the page is parsed, what the session found is kept for the next visit to the site. */
  const remember = () => {
    if (!top) return;
    const store = () =>
      session
        ?.then((s) => {
          const script = s.state.verdict?.script;
          if (!s.state.active || !script || script === 'none') return;
          const garbled = !!s.state.report?.repaired.length;
          return rememberSite(host, { script, garbled }, memory);
        })
        .catch(() => {});
    if (doc.readyState === 'complete') void store();
    else {
      const onLoad = () => setTimeout(store, 0);
      doc.defaultView?.addEventListener('load', onLoad, { once: true });
      cleanups.push(() => doc.defaultView?.removeEventListener('load', onLoad));
    }
  };

  cleanups.push(
    holdDuringHydration(doc, {
      hold: () => {
        hydrating = true;
        live?.holdForHydration();
      },
      release: () => {
        hydrating = false;
        void live?.refresh();
      },
    }),
  );

  const look = new FirstLook(doc, decide);
  look.start();
  const lookBusyInStart = look.busyMs; // counted in syncMs already
  cleanups.push(() => look.stop());

  const setActive = async (active: boolean, force: boolean): Promise<PageState> => {
    if (!session && (!active || (!top && !chinese))) return idleState();
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
      const [bundle, running, current] = await Promise.all([
        loadEngine(), ensureSession({ startIdle: 'user-selection' }), settings ?? readSettings(),
      ]);
      return { converted: await bundle.convertScope(doc, scope, current, running) };
    },
    ...(typeof options.extraHandlers === 'function' ? options.extraHandlers({ session: () => session }) : options.extraHandlers),
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
    if (session) session.then((s) => s.applySettings(next)).catch(() => {});
    else decide();
  };
  // Settings and the site's memory in one round trip, at once: they decide the veil.
  readSettingsWith(host ? [memoryKey(host)] : []).then(({ settings: current, extra }) => {
    memory = siteMemoryIn(extra, host);
    recalled = true;
    applySettings(current);
  }, () => {});
  const stopWatching = whenIdle(doc, () => cleanups.push(followSettings(applySettings)));
  cleanups.push(stopWatching);

  // Pages that render their text after load (single-page apps): one more bounded look, no
  // observer, where the first look had little to judge. Its cost is in the timeline too.
  const recheck = setTimeout(() => {
    if (look.look.language !== 'other' || !mayHaveTurnedChinese(look.look.counts, doc.title)) return;
    const begun = performance.now();
    const turned = languageOf(sampleText(doc).counts, true) === 'chinese';
    if (top) performance.measure('qingwen:recheck', { start: begun, duration: performance.now() - begun });
    if (!turned) return;
    look.look.language = 'chinese';
    decide();
  }, RECHECK_AFTER_MS);
  cleanups.push(() => clearTimeout(recheck));
  syncMs = performance.now() - started;

  return () => {
    clearTimeout(reportTimer);
    liftVeil();
    for (const cleanup of cleanups.splice(0)) cleanup();
    session?.then((s) => s.stop()).catch(() => {});
  };
}

export type { HandlerTable };

/** The settings a reader has before choosing any: the script follows the browser's language. */
function provisionalSettings(): Settings {
  return defaultSettings(globalThis.navigator?.language ?? 'en');
}

/**
 * A page the reader may already be reading is never hidden: once it is parsed, it may be. While
 * the parser is still at work, what was painted is its first pieces (often a logo, a broken
 * image, or a few words the first look had to wait for): hiding them for a moment beats painting
 * the page's text unconverted.
 */
function alreadyPainted(doc: Document): boolean {
  return doc.readyState !== 'loading';
}

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
