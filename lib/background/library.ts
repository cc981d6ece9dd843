import { browser } from 'wxt/browser';
// Background side of the library: the popup's saves are written here.
import type { Message, MessageMap, SaveArticleResponse } from '@/lib/messaging';
import { libraryDb } from '@/lib/library/db';
import { saveDraft } from '@/lib/library/save';
import { articlesAtUrl, updateCopy } from '@/lib/library/find';
import { classifyStorageError } from '@/lib/library/storage-errors';
import { exposeForTests } from './test-hooks';
import { fetchImageForPage } from './image-fetch';

type SaveRequest = MessageMap['popupToBackgroundSaveArticle']['request'];

async function saveArticle(request: SaveRequest): Promise<SaveArticleResponse> {
  if (!request.replaceId) return saveDraft(libraryDb(), request);
  try {
    const updated = await updateCopy(libraryDb(), request.replaceId, request);
    // The copy was deleted meanwhile: keep the reader's save as a new one.
    return updated ? { ok: true, id: updated.id } : saveDraft(libraryDb(), request);
  } catch (error) {
    return { ok: false, error: classifyStorageError(error), detail: String((error as Error)?.message ?? error) };
  }
}

async function findByUrl({ url }: { url: string }): Promise<MessageMap['popupToBackgroundFindByUrl']['response']> {
  const [newest] = await articlesAtUrl(libraryDb(), url).catch(() => []);
  return { existing: newest ? { id: newest.id, title: newest.title, savedAt: newest.savedAt } : null };
}

const HANDLERS: Partial<{ [K in keyof MessageMap]: (payload: MessageMap[K]['request']) => Promise<MessageMap[K]['response']> }> = {
  popupToBackgroundSaveArticle: saveArticle,
  popupToBackgroundFindByUrl: findByUrl,
  contentToBackgroundFetchImage: (payload) => fetchImageForPage(payload),
};

export function registerLibraryHandlers(): void {
  browser.runtime.onMessage.addListener(((message: Message, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const handler = HANDLERS[message?.type] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    handler(message.payload).then(sendResponse);
    return true; // async answer through sendResponse (Chrome's callback convention)
  }) as never);
  // Lets the e2e tests hand the writer records that messaging could never carry (a failing write).
  exposeForTests({ saveArticle });
}
