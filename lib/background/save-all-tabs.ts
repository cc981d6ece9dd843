import { browser } from 'wxt/browser';
// "Save all tabs in this window": every tab in turn (one at a time: extraction is heavy), each
// confirmed in its badge, progress and a summary for the library page. Pages already in the
// library are updated, as with the shortcut.
import { writeBatchProgress, type BatchProgress } from '@/lib/library/batch-progress';
import { saveTabWithBadge } from './save-tab';

export async function saveAllTabs(windowId?: number): Promise<BatchProgress> {
  const tabs = await browser.tabs.query(windowId === undefined ? { lastFocusedWindow: true } : { windowId });
  const progress: BatchProgress = {
    startedAt: new Date().toISOString(), total: tabs.length, done: 0, saved: 0, updated: 0, skipped: 0, failed: [], finished: false,
  };
  await writeBatchProgress(progress);
  for (const tab of tabs) {
    const outcome = tab.id === undefined ? null : await saveTabWithBadge(tab.id);
    if (!outcome || (outcome.kind === 'failed' && outcome.reason === 'unreachable')) progress.skipped++;
    else if (outcome.kind === 'failed') progress.failed.push({ title: tab.title || tab.url || `#${tab.id}`, reason: outcome.reason });
    else progress[outcome.kind]++;
    progress.done++;
    await writeBatchProgress(progress);
  }
  progress.finished = true;
  await writeBatchProgress(progress);
  return progress;
}
