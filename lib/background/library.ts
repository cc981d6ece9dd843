// Background side of the library: the popup's saves are written here.
import { onMessage, type RequestOf, type ResponseOf, type SaveArticleResponse } from '@/lib/messaging';
import { libraryDb } from '@/lib/library/db';
import { saveDraft } from '@/lib/library/save';
import { articlesAtUrl, updateCopy } from '@/lib/library/find';
import { classifyStorageError } from '@/lib/library/storage-errors';
import { exposeForTests } from './test-hooks';
import { fetchImageForPage } from './image-fetch';
import { hostGranted } from '@/lib/library/image-permission';
import { saveAllTabs } from './save-all-tabs';

async function saveArticle(request: RequestOf<'popupToBackgroundSaveArticle'>): Promise<SaveArticleResponse> {
  if (!request.replaceId) return saveDraft(libraryDb(), request);
  try {
    const updated = await updateCopy(libraryDb(), request.replaceId, request);
    // The copy was deleted meanwhile: keep the reader's save as a new one.
    return updated ? { ok: true, id: updated.id } : saveDraft(libraryDb(), request);
  } catch (error) {
    return { ok: false, error: classifyStorageError(error), detail: String((error as Error)?.message ?? error) };
  }
}

async function findByUrl({ url }: RequestOf<'popupToBackgroundFindByUrl'>): Promise<ResponseOf<'popupToBackgroundFindByUrl'>> {
  const [newest] = await articlesAtUrl(libraryDb(), url).catch(() => []);
  return { existing: newest ? { id: newest.id, title: newest.title, savedAt: newest.savedAt } : null };
}

export function registerLibraryHandlers(): void {
  onMessage('popupToBackgroundSaveArticle', saveArticle);
  onMessage('popupToBackgroundFindByUrl', findByUrl);
  onMessage('contentToBackgroundFetchImage', (request) => fetchImageForPage(request, fetch, hostGranted));
  // Answered at once: the batch goes on after the popup has closed, and reports in storage.
  onMessage('popupToBackgroundSaveAllTabs', ({ windowId }) => {
    void saveAllTabs(windowId).catch(() => {});
    return { started: true as const };
  });
  // Lets the e2e tests hand the writer records that messaging could never carry (a failing write).
  exposeForTests({ saveArticle, saveAllTabs });
}
