// Settings as the content script reads them: straight from storage.local, in one round trip
// with whatever else the page needs at document_start, without the storage library (its
// 7 KB would be paid by every tab). Writing, versioning, migrating and checking each entry stay
// with store.ts in the background, the popup and the options page (normalize.ts); here every
// field of the right type is taken as written, so the checks are not paid by every tab either.
// A value still at an older version is migrated here in memory only.
import { browser } from 'wxt/browser';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import { settingsMigrations } from './migrations';

/** Where store.ts keeps the value, and @wxt-dev/storage its version ({ v: N }). */
export const SETTINGS_KEY = 'settings';
const META_KEY = 'settings$';

function fromStored(value: unknown, meta: unknown): Settings {
  let version = (meta as { v?: number } | undefined)?.v ?? 1;
  let migrated = value;
  while (migrated && version < SETTINGS_VERSION) migrated = settingsMigrations[++version]?.(migrated) ?? migrated;
  return asWritten(migrated, defaultSettings(globalThis.navigator?.language ?? 'en'));
}

/** Each field of the right type as written (checked when it was written); the rest from `defaults`. */
function asWritten(value: unknown, defaults: Settings): Settings {
  const settings = { ...defaults } as Record<string, unknown>;
  let stored = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  // A version-1 shape (sites and phrases as objects) that skipped the migration.
  const legacy = (field: unknown) => !!field && typeof field === 'object' && !Array.isArray(field);
  if (legacy(stored.sites) || legacy(stored.phrases)) {
    const lists = settingsMigrations[2]({ sites: stored.sites, phrases: stored.phrases });
    stored = { ...stored, sites: legacy(stored.sites) ? lists.sites : stored.sites, phrases: legacy(stored.phrases) ? lists.phrases : stored.phrases };
  }
  for (const [key, fallback] of Object.entries(defaults)) {
    const field = stored[key];
    if (Array.isArray(fallback) ? Array.isArray(field) : typeof field === typeof fallback) settings[key] = field;
  }
  const rules = settings as unknown as Settings;
  // Entries the page code reads: one that lost its strings (a hand-edited value) is dropped.
  rules.sites = rules.sites.filter((rule) => typeof rule?.pattern === 'string');
  rules.phrases = rules.phrases.filter((rule) => typeof rule?.from === 'string' && typeof rule.to === 'string');
  rules.protect = rules.protect.filter((rule) => typeof rule?.phrase === 'string');
  return rules;
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
