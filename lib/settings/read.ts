// Settings as the content script reads them: straight from storage.local, in one round trip
// with whatever else the page needs at document_start, without the storage library (its
// 7 KB would be paid by every tab). Writing, versioning and migrating stay with store.ts in the
// background, the popup and the options page; a value still at an older version is migrated
// here in memory only.
import { browser } from 'wxt/browser';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import { settingsMigrations } from './migrations';
import { normalizeSettings } from './normalize';

/** Where store.ts keeps the value, and @wxt-dev/storage its version ({ v: N }). */
export const SETTINGS_KEY = 'settings';
const META_KEY = 'settings$';

function fromStored(value: unknown, meta: unknown): Settings {
  let version = (meta as { v?: number } | undefined)?.v ?? 1;
  let migrated = value;
  while (migrated && version < SETTINGS_VERSION) migrated = settingsMigrations[++version]?.(migrated) ?? migrated;
  return normalizeSettings(migrated, defaultSettings(globalThis.navigator?.language ?? 'en'));
}

/** The settings, and the stored values of `extraKeys` read in the same call. */
export async function readSettingsWith(extraKeys: string[] = []): Promise<{ settings: Settings; extra: Record<string, unknown> }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, META_KEY, ...extraKeys]);
  return { settings: fromStored(stored[SETTINGS_KEY], stored[META_KEY]), extra: stored };
}

export async function readSettings(): Promise<Settings> {
  return (await readSettingsWith()).settings;
}

/** Calls `onChange` whenever the stored settings change (popup, options page, sync). Returns the stop. */
export function followSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(fromStored(changes[SETTINGS_KEY].newValue, { v: SETTINGS_VERSION }));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
