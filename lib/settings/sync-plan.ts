// Settings in storage.sync, as pure functions: one field per item (a list in chunks under the
// 8 KB item quota), and a three-way merge per field against what was last synced, so that two
// devices that change different settings both keep their change. A phrase table too large for
// the 100 KB quota stays on its device (and that device neither sends nor takes one).
import { checkField, SETTINGS_FIELDS } from './fields';
import type { Settings } from './schema';

/** chrome.storage.sync quotas (QUOTA_BYTES_PER_ITEM, QUOTA_BYTES); Firefox's are the same. */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400 };
/** Room left for the other fields and for keys, so a phrase table that "just fits" does not fail a later write. */
const TOTAL_MARGIN = 4096;
export const SYNC_PREFIX = 'settings.';

type Field = keyof Settings;
/** The phrase table moves as one: replacements and protected phrases together. */
const PHRASE_FIELDS: readonly Field[] = ['phrases', 'protect'];
const LIST_FIELDS = new Set<Field>(['sites', 'phrases', 'protect']);

/** What the quota counts: the key plus its value as JSON, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** A field as sync items: `settings.<field>` holds a scalar, or for a list the number of chunks `settings.<field>.<n>`. */
export function fieldItems(field: Field, value: unknown): Record<string, unknown> {
  const key = SYNC_PREFIX + field;
  if (!LIST_FIELDS.has(field)) return { [key]: value };
  const items: Record<string, unknown> = {};
  let chunk: unknown[] = [];
  let chunkBytes = 2;
  let n = 0;
  const flush = () => {
    items[`${key}.${n++}`] = chunk;
    chunk = [];
    chunkBytes = 2;
  };
  const budget = SYNC_QUOTA.perItem - `${key}.999`.length;
  for (const entry of value as unknown[]) {
    const bytes = itemBytes('', entry) + 1;
    if (chunk.length && chunkBytes + bytes > budget) flush();
    chunk.push(entry);
    chunkBytes += bytes;
  }
  if (chunk.length || n === 0) flush();
  items[key] = { chunks: n };
  return items;
}

/** The fields stored in `items`; a list whose chunks are not all there yet is left out. */
export function fieldsFromItems(items: Record<string, unknown>): Partial<Record<Field, unknown>> {
  const fields: Partial<Record<Field, unknown>> = {};
  for (const field of SETTINGS_FIELDS) {
    const head = items[SYNC_PREFIX + field];
    if (head === undefined) continue;
    if (!LIST_FIELDS.has(field)) {
      fields[field] = head;
      continue;
    }
    const count = (head as { chunks?: unknown })?.chunks;
    if (typeof count !== 'number') continue;
    const chunks = Array.from({ length: count }, (_, n) => items[`${SYNC_PREFIX}${field}.${n}`]);
    if (chunks.every(Array.isArray)) fields[field] = (chunks as unknown[][]).flat();
  }
  return fields;
}

/** Bytes the phrase table takes in sync, the bytes left for it beside everything else, and whether it fits. */
export function phraseTableSync(settings: Settings): { bytes: number; available: number; fits: boolean } {
  let bytes = 0;
  let others = 0;
  for (const field of SETTINGS_FIELDS) {
    const size = Object.entries(fieldItems(field, settings[field])).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
    if (PHRASE_FIELDS.includes(field)) bytes += size;
    else others += size;
  }
  const available = SYNC_QUOTA.total - TOTAL_MARGIN - others;
  return { bytes, available, fits: bytes <= available };
}

export interface SyncPlan {
  /** Fields to write into the local settings (changed on another device). */
  pull: Partial<Settings>;
  /** Sync items to set, and keys to remove (chunks a shorter list no longer uses). */
  set: Record<string, unknown>;
  remove: string[];
  /** What is in sync after the plan runs: the base of the next merge. */
  base: Partial<Record<Field, unknown>>;
  /** The phrase table stayed on this device. */
  phrasesLocal: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Per field: changed only here -> sent; changed only elsewhere -> taken; changed on both ->
 * the synced value wins (it was written last). `base` is what this device last saw in sync.
 */
export function planSync(local: Settings, remoteItems: Record<string, unknown>, base: Partial<Record<Field, unknown>>): SyncPlan {
  const remote = fieldsFromItems(remoteItems);
  const phrasesLocal = !phraseTableSync(local).fits;
  const plan: SyncPlan = { pull: {}, set: {}, remove: [], base: { ...base }, phrasesLocal };
  for (const field of SETTINGS_FIELDS) {
    if (phrasesLocal && PHRASE_FIELDS.includes(field)) continue;
    const mine = local[field];
    const theirs = remote[field];
    const valid = theirs !== undefined && checkField(field, theirs).ok;
    let merged: unknown;
    if (!valid || same(mine, theirs)) merged = mine;
    else if (same(mine, base[field])) merged = theirs;
    else if (same(theirs, base[field])) merged = mine;
    else merged = theirs;
    if (!same(merged, mine)) (plan.pull as Record<string, unknown>)[field] = merged;
    if (!valid || !same(merged, theirs)) {
      const items = fieldItems(field, merged);
      Object.assign(plan.set, items);
      const prefix = `${SYNC_PREFIX}${field}.`;
      for (const key of Object.keys(remoteItems)) if (key.startsWith(prefix) && !(key in items)) plan.remove.push(key);
    }
    plan.base[field] = merged;
  }
  return plan;
}
