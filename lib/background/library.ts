import { browser } from 'wxt/browser';
// Background side of the library: the popup's saves are written here.
import type { Message } from '@/lib/messaging';
import { libraryDb } from '@/lib/library/db';
import { saveDraft } from '@/lib/library/save';

export function registerLibraryHandlers(): void {
  browser.runtime.onMessage.addListener(((message: Message, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (message?.type !== 'popupToBackgroundSaveArticle') return false;
    saveDraft(libraryDb(), (message as Message<'popupToBackgroundSaveArticle'>).payload).then(sendResponse);
    return true; // async answer through sendResponse (Chrome's callback convention)
  }) as never);
}
