// Keeps the local settings (what every tab reads) and storage.sync in step, from the
// background: on start, whenever the local settings change, and whenever sync brings a change
// from another device. The merge itself is pure (sync-plan.ts); this is the storage glue.
import { browser } from 'wxt/browser';
import type { Settings } from './schema';
import { loadSettings, updateSettings } from './store';
import { planSync, SYNC_PREFIX } from './sync-plan';

const BASE_KEY = 'settingsSyncBase';

/**
 * Where a device keeps its settings and what it last saw in sync: this browser's local area,
 * or in tests a second device beside it (both then share the one storage.sync).
 */
export interface SyncedDevice {
  load(): Promise<Settings>;
  update(patch: Partial<Settings>): Promise<unknown>;
  readBase(): Promise<Record<string, unknown>>;
  writeBase(base: Record<string, unknown>): Promise<void>;
  /** Calls `onChange` when this device's own settings change; returns the stop. */
  watch(onChange: () => void): () => void;
}

const thisBrowser: SyncedDevice = {
  load: loadSettings,
  update: updateSettings,
  readBase: async () => ((await browser.storage.local.get(BASE_KEY))[BASE_KEY] as Record<string, unknown>) ?? {},
  writeBase: (base) => browser.storage.local.set({ [BASE_KEY]: base }),
  watch(onChange) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

async function syncOnce(device: SyncedDevice): Promise<void> {
  const local = await device.load();
  const remote = (await browser.storage.sync.get(null)) as Record<string, unknown>;
  const plan = planSync(local, remote, await device.readBase());
  if (Object.keys(plan.set).length) await browser.storage.sync.set(plan.set);
  if (plan.remove.length) await browser.storage.sync.remove(plan.remove);
  await device.writeBase(plan.base);
  // Written last: it wakes the local watch, whose next run finds nothing left to do.
  if (Object.keys(plan.pull).length) await device.update(plan.pull);
}

/** Starts following both areas; returns the stop. Sync being off or full never touches the local settings. */
export function startSettingsSync(device: SyncedDevice = thisBrowser): () => void {
  let queue = Promise.resolve();
  const run = () => {
    queue = queue.then(() => syncOnce(device)).catch((error) => console.warn('Qingwen: settings sync failed:', error));
  };
  const onSyncChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && Object.keys(changes).some((k) => k.startsWith(SYNC_PREFIX))) run();
  };
  browser.storage.onChanged.addListener(onSyncChanged);
  const stopWatching = device.watch(run);
  run();
  return () => {
    browser.storage.onChanged.removeListener(onSyncChanged);
    stopWatching();
  };
}
