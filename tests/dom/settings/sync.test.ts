import { afterEach, beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '@/lib/settings/store';
import { startSettingsSync } from '@/lib/settings/sync';
import { fieldItems } from '@/lib/settings/sync-plan';

let stop: (() => void) | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => stop?.());

const syncArea = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

test('local changes go to sync, one item per setting; a change from another device comes back into the local settings', async () => {
  await loadSettings();
  stop = startSettingsSync();
  await expect.poll(async () => (await syncArea())['settings.target']).toBe('simplified');

  await updateSettings({ repair: false, sites: [{ pattern: '*.example.com', mode: 'never' }] });
  await expect.poll(async () => (await syncArea())['settings.repair']).toBe(false);
  expect((await syncArea())['settings.sites.0']).toEqual([{ pattern: '*.example.com', mode: 'never' }]);

  // Another device changes the phrase table; this one keeps its own repair and sites.
  await fakeBrowser.storage.sync.set(fieldItems('phrases', [{ from: '鼠标', to: '滑鼠', direction: 'to-traditional' }]));
  await expect.poll(async () => (await loadSettings()).phrases).toEqual([{ from: '鼠标', to: '滑鼠', direction: 'to-traditional' }]);
  expect(await loadSettings()).toMatchObject({ repair: false, sites: [{ pattern: '*.example.com', mode: 'never' }] });
});
