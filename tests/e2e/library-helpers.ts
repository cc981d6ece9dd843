// Shared steps of the popup and library end-to-end tests.
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSession } from '@/tests/harness/extension';

/**
 * Opens the popup on `page`'s tab and saves the article; returns the popup. A page already in
 * the library is answered with `onDuplicate` (the popup asks: update that copy or keep both).
 */
export async function saveFromPopup(
  ext: ExtensionSession,
  page: Page,
  options: { embedImages?: boolean; onDuplicate?: 'update-copy' | 'keep-both' } = {},
) {
  const popup = await ext.openPopup(page);
  const save = popup.getByTestId('save');
  await save.waitFor();
  if (options.embedImages) await popup.getByTestId('embed-images').check();
  await save.click();
  const status = () => popup.getByTestId('save-status').textContent();
  await expect.poll(status, { timeout: 15_000 }).toMatch(/Saved|Updated|已保存|已儲存|已更新|already in the library|文库中已有|文庫中已有/);
  if (await popup.getByTestId('duplicate').count()) {
    await popup.getByTestId(options.onDuplicate ?? 'keep-both').click();
    await expect.poll(status, { timeout: 15_000 }).toMatch(/Saved|Updated|已保存|已儲存|已更新/);
  }
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
