import { browser } from 'wxt/browser';
// Background side of the library: the popup's saves are written here.
import type { Message, MessageMap } from '@/lib/messaging';
import { libraryDb } from '@/lib/library/db';
import { saveDraft } from '@/lib/library/save';
import { exposeForTests } from './test-hooks';
import { fetchImageForPage } from './image-fetch';

type SaveRequest = MessageMap['popupToBackgroundSaveArticle']['request'];

export function registerLibraryHandlers(): void {
  const saveArticle = (request: SaveRequest) => saveDraft(libraryDb(), request);
  browser.runtime.onMessage.addListener(((message: Message, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (message?.type === 'contentToBackgroundFetchImage') {
      fetchImageForPage((message as Message<'contentToBackgroundFetchImage'>).payload).then(sendResponse);
      return true;
    }
    if (message?.type !== 'popupToBackgroundSaveArticle') return false;
    saveArticle((message as Message<'popupToBackgroundSaveArticle'>).payload).then(sendResponse);
    return true; // async answer through sendResponse (Chrome's callback convention)
  }) as never);
  // Lets the e2e tests hand the writer records that messaging could never carry (a failing write).
  exposeForTests({ saveArticle });
}
