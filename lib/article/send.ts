// Typed senders over the message map. Tab messages go to the top frame only (frameId 0):
// the content script runs in every frame, and the article is the top document's.
import { browser } from 'wxt/browser';
import type { Message, MessageMap, MessageType } from '@/lib/messaging';

export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: MessageMap[T]['request'],
): Promise<MessageMap[T]['response']> {
  const message: Message<T> = { type, payload };
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: MessageMap[T]['request'],
): Promise<MessageMap[T]['response']> {
  const message: Message<T> = { type, payload };
  return browser.runtime.sendMessage(message);
}

/** Chrome's wording when no content script listens in the tab at all (chrome://, store, PDF...). */
export function isNoReceiverError(error: unknown): boolean {
  return /receiving end does not exist|no matching message handler|could not establish connection/i.test(String((error as Error)?.message ?? error));
}
