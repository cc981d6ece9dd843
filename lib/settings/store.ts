import { storage } from '#imports';
import { defaultSettings, SETTINGS_VERSION, type Settings } from './schema';
import { settingsMigrations } from './migrations';
import { normalizeSettings } from './normalize';

function browserLanguage(): string {
  return globalThis.navigator?.language ?? 'en';
}

const settingsItem = storage.defineItem<Settings>('local:settings', {
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
  init: () => defaultSettings(browserLanguage()),
});

const normalized = (value: unknown) => normalizeSettings(value, defaultSettings(browserLanguage()));

/** Stored settings, with any field an older or hand-edited value lacks (or holds wrong) taken from the defaults. */
export async function loadSettings(): Promise<Settings> {
  return normalized(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

/** Replaces every setting at once (a settings file); returns what was stored. */
export async function replaceSettings(settings: Settings): Promise<Settings> {
  const next = normalized(settings);
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` whenever settings change anywhere (popup, another tab). Returns the stop. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalized(value)));
}
