// "Save all tabs in this window": its progress and summary, kept in storage.local so the
// library page (any number of them) can show them while the background works.
import { browser } from 'wxt/browser';
import type { BatchProgress } from '@/lib/article/types';

export type { BatchProgress };

const KEY = 'saveAllTabsProgress';

export async function writeBatchProgress(progress: BatchProgress): Promise<void> {
  await browser.storage.local.set({ [KEY]: progress });
}

/** Forgets the last run (the reader dismissed its summary). */
export async function clearBatchProgress(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

export async function readBatchProgress(): Promise<BatchProgress | null> {
  return ((await browser.storage.local.get(KEY)) as Record<string, BatchProgress | undefined>)[KEY] ?? null;
}

/** Calls `onChange` with every update; returns the stop. */
export function watchBatchProgress(onChange: (progress: BatchProgress | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange((changes[KEY].newValue as BatchProgress | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
