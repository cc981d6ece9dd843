import { browser } from 'wxt/browser';
// Turning Qingwen on or off for a whole tab: ask the top frame where it stands, then
// tell every frame the new state, so frames never disagree.
import type { Message, MessageMap, PageState } from '@/lib/messaging';

export function sendToTab<K extends keyof MessageMap>(
  tabId: number,
  type: K,
  payload: MessageMap[K]['request'],
  frameId?: number,
): Promise<MessageMap[K]['response']> {
  const message: Message<K> = { type, payload };
  return browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }) as never;
}

export async function togglePage(tabId: number): Promise<PageState | null> {
  try {
    const state = await sendToTab(tabId, 'popupToContentGetState', {}, 0);
    return await sendToTab(tabId, 'backgroundToContentSetActive', { active: !state.active });
  } catch {
    return null; // no content script in this tab (browser pages, the store)
  }
}
