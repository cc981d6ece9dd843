// Keeps the local settings (what every tab reads) and storage.sync in step, from the
// background: on start, whenever the local settings change, and whenever sync brings a change
// from another device. The merge itself is pure (sync-plan.ts); this is the storage glue.
import { browser } from 'wxt/browser';
import { loadSettings, updateSettings } from './store';
import { planSync, SYNC_PREFIX } from './sync-plan';

const BASE_KEY = 'settingsSyncBase';

async function syncOnce(): Promise<void> {
  const local = await loadSettings();
  const remote = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  const stored = await browser.storage.local.get(BASE_KEY);
  const plan = planSync(local, remote, (stored[BASE_KEY] as Record<string, unknown>) ?? {});
  if (Object.keys(plan.set).length) await browser.storage.sync.set(plan.set);
  if (plan.remove.length) await browser.storage.sync.remove(plan.remove);
  await browser.storage.local.set({ [BASE_KEY]: plan.base });
  // Written last: it wakes the local watch, whose next run finds nothing left to do.
  if (Object.keys(plan.pull).length) await updateSettings(plan.pull);
}

/** Starts following both areas; returns the stop. Sync being off or full never touches the local settings. */
export function startSettingsSync(): () => void {
  let queue = Promise.resolve();
  const run = () => {
    queue = queue.then(syncOnce).catch((error) => console.warn('Qingwen: settings sync failed:', error));
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    if ((area === 'local' && keys.includes('settings')) || (area === 'sync' && keys.some((k) => k.startsWith(SYNC_PREFIX)))) run();
  };
  browser.storage.onChanged.addListener(onChanged);
  run();
  return () => browser.storage.onChanged.removeListener(onChanged);
}
