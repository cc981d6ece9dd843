import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, type PhraseRule, type Settings } from '@/lib/settings/schema';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { startSettingsSync, type SyncedDevice } from '@/lib/settings/sync';
import { fieldItems, fieldsFromItems, itemBytes, SYNC_QUOTA } from '@/lib/settings/sync-plan';

const stops: (() => void)[] = [];
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

const syncArea = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;
const phrases = (n: number, tag = ''): PhraseRule[] =>
  Array.from({ length: n }, (_, i) => ({ from: `詞語${tag}${i}號`, to: `词语${tag}${i}号`, direction: 'both' }));

/** A second device: its own settings and sync base in memory, the same storage.sync as this one. */
function otherDevice(initial: Settings): SyncedDevice & { settings: Settings } {
  let base: Record<string, unknown> = {};
  const listeners = new Set<() => void>();
  const device = {
    settings: initial,
    load: async () => device.settings,
    update: async (patch: Partial<Settings>) => {
      device.settings = { ...device.settings, ...patch };
      for (const listener of listeners) listener();
    },
    readBase: async () => base,
    writeBase: async (next: Record<string, unknown>) => {
      base = next;
    },
    watch: (onChange: () => void) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  return device;
}

/** Starts this browser's sync, then a second device's, once this one has filled sync. */
async function twoDevices(other: Settings = defaultSettings('zh-TW')) {
  await loadSettings();
  stops.push(startSettingsSync());
  await expect.poll(async () => (await syncArea())['settings.target']).toBeDefined();
  const device = otherDevice(other);
  stops.push(startSettingsSync(device));
  // A device with no base takes what sync holds.
  await expect.poll(() => device.settings.target).toBe((await loadSettings()).target);
  return device;
}

test('local changes go to sync, one item per setting; a change from another device comes back into the local settings', async () => {
  await loadSettings();
  stops.push(startSettingsSync());
  await expect.poll(async () => (await syncArea())['settings.target']).toBe('simplified');

  await updateSettings({ repair: false, sites: [{ pattern: '*.example.com', mode: 'never' }] });
  await expect.poll(async () => (await syncArea())['settings.repair']).toBe(false);
  expect((await syncArea())['settings.sites.0']).toEqual([{ pattern: '*.example.com', mode: 'never' }]);

  // Another device changes the phrase table; this one keeps its own repair and sites.
  await fakeBrowser.storage.sync.set(fieldItems('phrases', [{ from: '鼠标', to: '滑鼠', direction: 'to-traditional' }]));
  await expect.poll(async () => (await loadSettings()).phrases).toEqual([{ from: '鼠标', to: '滑鼠', direction: 'to-traditional' }]);
  expect(await loadSettings()).toMatchObject({ repair: false, sites: [{ pattern: '*.example.com', mode: 'never' }] });
});

test('two devices editing different settings at the same time both keep their change, through storage.sync events', async () => {
  const other = await twoDevices();
  const sites = [{ pattern: '*.example.com', mode: 'never' as const }];
  await Promise.all([updateSettings({ target: 'hongkong', punctuation: 'target' }), other.update({ sites, repair: false })]);

  await expect.poll(async () => (await loadSettings()).sites).toEqual(sites);
  await expect.poll(() => other.settings.target).toBe('hongkong');
  expect(await loadSettings()).toMatchObject({ target: 'hongkong', punctuation: 'target', sites, repair: false });
  expect(other.settings).toMatchObject({ target: 'hongkong', punctuation: 'target', sites, repair: false });
  expect(fieldsFromItems(await syncArea())).toMatchObject({ target: 'hongkong', punctuation: 'target', sites, repair: false });

  // One more change on each side, one after the other: still both.
  await other.update({ phrases: phrases(2, 'b') });
  await expect.poll(async () => (await loadSettings()).phrases).toEqual(phrases(2, 'b'));
  await updateSettings({ protect: [{ phrase: '東涌', direction: 'both' }] });
  await expect.poll(() => other.settings.protect).toEqual([{ phrase: '東涌', direction: 'both' }]);
  expect(other.settings.phrases).toEqual(phrases(2, 'b'));
});

test('two devices changing the same setting end with the same value', async () => {
  const other = await twoDevices();
  await Promise.all([updateSettings({ target: 'hongkong' }), other.update({ target: 'taiwan' })]);
  await expect
    .poll(async () => {
      const [mine, synced] = [(await loadSettings()).target, fieldsFromItems(await syncArea()).target];
      return mine === other.settings.target && mine === synced;
    })
    .toBe(true);
  expect(['hongkong', 'taiwan']).toContain(other.settings.target);
});

test('sync stays within its quotas: a long phrase table in chunks of 8 KB at most; one too large for 100 KB stays on its device', async () => {
  const other = await twoDevices();
  await updateSettings({ phrases: phrases(600) });
  await expect.poll(() => other.settings.phrases.length).toBe(600);
  const area = await syncArea();
  expect(Object.keys(area).filter((key) => key.startsWith('settings.phrases.')).length).toBeGreaterThan(2);
  for (const [key, value] of Object.entries(area)) expect(itemBytes(key, value), key).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
  const total = async () => Object.entries(await syncArea()).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  expect(await total()).toBeLessThanOrEqual(SYNC_QUOTA.total);

  // The other device pastes a table too large for sync: it keeps it, sends none of it, and
  // takes no table from sync either; its other settings still travel.
  await other.update({ phrases: phrases(5000, 'big'), target: 'taiwan' });
  await expect.poll(async () => (await loadSettings()).target).toBe('taiwan');
  expect(other.settings.phrases).toHaveLength(5000);
  expect((await loadSettings()).phrases).toEqual(phrases(600));
  expect(fieldsFromItems(await syncArea()).phrases).toEqual(phrases(600));
  expect(await total()).toBeLessThanOrEqual(SYNC_QUOTA.total);
});
