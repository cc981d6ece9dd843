// Shared steps of the popup and library end-to-end tests.
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from '../harness/extension';

/** Opens the popup on `page`'s tab and saves the article; returns the popup. */
export async function saveFromPopup(ext: ExtensionSession, page: Page, options: { embedImages?: boolean } = {}) {
  const popup = await ext.openPopup(page);
  const save = popup.getByTestId('save');
  await save.waitFor();
  if (options.embedImages) await popup.getByTestId('embed-images').check();
  await save.click();
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/Saved|已保存|已儲存/);
  return popup;
}

export interface StoredRecord {
  meta: Record<string, unknown>;
  body: { id: string; html: string; text: string };
}

/** Every stored article, read straight from IndexedDB in the service worker (no app code). */
export async function readStoredLibrary(worker: Worker): Promise<StoredRecord[]> {
  return worker.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok, fail) => {
      const request = indexedDB.open('qingwen-library');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = (store: string): Promise<any[]> =>
      new Promise((ok, fail) => {
        if (!db.objectStoreNames.contains(store)) return ok([]);
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
    const [metas, bodies] = await Promise.all([all('articles'), all('bodies')]);
    db.close();
    return metas.map((meta) => ({ meta, body: bodies.find((b) => b.id === meta.id) }));
  });
}

export function libraryUrl(ext: ExtensionSession, hash = ''): string {
  return `chrome-extension://${ext.extensionId}/library.html${hash}`;
}
