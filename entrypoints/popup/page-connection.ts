// Which tab the popup acts on, and what that tab's content script says about it.
import { browser } from 'wxt/browser';
import type { PageState } from '@/lib/messaging';
import { isNoReceiverError, sendToTab } from '@/lib/article/send';

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

const STARTING_RETRIES = 10;
const STARTING_RETRY_MS = 150;

export async function connect(tabId: number | null): Promise<Connection> {
  if (tabId === null) return { kind: 'unreachable' };
  try {
    let state = await sendToTab(tabId, 'popupToContentGetState', {});
    // The page session may still be starting (engine loading): give it a moment.
    for (let i = 0; i < STARTING_RETRIES && state?.idleReason === 'starting'; i++) {
      await new Promise((ok) => setTimeout(ok, STARTING_RETRY_MS));
      state = await sendToTab(tabId, 'popupToContentGetState', {});
    }
    if (!state) return { kind: 'not-chinese' };
    if (!state.active && state.idleReason === 'not-chinese') return { kind: 'not-chinese' };
    return { kind: 'page', state };
  } catch (error) {
    return isNoReceiverError(error) ? { kind: 'unreachable' } : { kind: 'not-chinese' };
  }
}
