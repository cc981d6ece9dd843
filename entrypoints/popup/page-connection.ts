// Which tab the popup acts on, and what that tab's content script says about it.
import { browser } from 'wxt/browser';
import { isNoReceiverError, sendToTab, type PageState } from '@/lib/messaging';

/** `popup.html?tabId=N` acts on tab N (tests, popup opened as a tab); otherwise the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export type Connection =
  | { kind: 'loading' }
  /** No content script at all: browser pages, the store, PDFs, a tab still loading. */
  | { kind: 'unreachable' }
  /** Our listener is there but no page session answered: the page had no Chinese text. */
  | { kind: 'not-chinese' }
  | { kind: 'page'; state: PageState };

const RETRY_MS = 150;
/** How long a page still loading, or a session still starting, gets before the popup gives up. */
const PATIENCE_MS = 6000;

export async function connect(tabId: number | null): Promise<Connection> {
  if (tabId === null) return { kind: 'unreachable' };
  const deadline = Date.now() + PATIENCE_MS;
  const wait = () => new Promise((ok) => setTimeout(ok, RETRY_MS));
  for (;;) {
    try {
      const state = await sendToTab(tabId, 'popupToContentGetState', {});
      // The page session may still be starting (engine loading): give it a moment.
      if (state?.idleReason === 'starting' && Date.now() < deadline) {
        await wait();
        continue;
      }
      if (!state) return { kind: 'not-chinese' };
      if (!state.active && state.idleReason === 'not-chinese') return { kind: 'not-chinese' };
      return { kind: 'page', state };
    } catch (error) {
      if (!isNoReceiverError(error)) return { kind: 'not-chinese' };
      // The content script runs once the document is idle: a tab still loading has none yet.
      if (Date.now() < deadline && (await tabIsLoading(tabId))) {
        await wait();
        continue;
      }
      return { kind: 'unreachable' };
    }
  }
}

async function tabIsLoading(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).status === 'loading';
  } catch {
    return false;
  }
}
