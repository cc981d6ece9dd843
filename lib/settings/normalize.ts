// Stored settings as the extension reads them: every field checked, a bad or missing one
// taken from the defaults (a hand-edited value or one written by an older version).
import { migrateV1ToV2 } from './migrations/v2-rule-lists';
import { checkField, SETTINGS_FIELDS } from './fields';
import type { Settings } from './schema';

export function normalizeSettings(raw: unknown, defaults: Settings): Settings {
  if (!raw || typeof raw !== 'object') return { ...defaults };
  let value = raw as Record<string, unknown>;
  // A version-1 shape (sites and phrases as objects) that skipped the migration.
  const legacy = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
  if (legacy(value.sites) || legacy(value.phrases)) {
    const lists = migrateV1ToV2({ sites: value.sites, phrases: value.phrases });
    value = { ...value, sites: legacy(value.sites) ? lists.sites : value.sites, phrases: legacy(value.phrases) ? lists.phrases : value.phrases };
  }
  const settings: Settings = { ...defaults };
  for (const field of SETTINGS_FIELDS) {
    const checked = value[field] === undefined ? null : checkField(field, value[field]);
    if (checked?.ok) (settings as unknown as Record<string, unknown>)[field] = checked.value;
  }
  return settings;
}
