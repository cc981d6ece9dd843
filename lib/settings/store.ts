import { storage } from '#imports';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import { settingsMigrations } from './migrations';

function browserLanguage(): string {
  return globalThis.navigator?.language ?? 'en';
}

const settingsItem = storage.defineItem<Settings>('local:settings', {
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
  init: () => defaultSettings(browserLanguage()),
});

/** Stored settings, with any field a older or hand-edited value lacks filled from the defaults. */
export async function loadSettings(): Promise<Settings> {
  return { ...defaultSettings(browserLanguage()), ...((await settingsItem.getValue()) ?? {}) };
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` whenever settings change anywhere (popup, another tab). Returns the stop. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange({ ...defaultSettings(browserLanguage()), ...(value ?? {}) }));
}

/** The per-site override for `host`, if any. */
export function siteMode(settings: Settings, host: string) {
  return settings.sites[host];
}
