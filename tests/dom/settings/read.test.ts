// The content script's reader: what store.ts wrote is read back as written, in one call with
// other keys; a field of the wrong type falls back to its default; an older value is migrated.
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettingsWith } from '@/lib/settings/read';
import { updateSettings, loadSettings } from '@/lib/settings/store';

beforeEach(() => fakeBrowser.reset());

test('settings written by the store read back the same, with the extra keys of the same call', async () => {
  await loadSettings();
  await updateSettings({
    target: 'hongkong',
    punctuation: 'target',
    sites: [{ pattern: '*.example.com', mode: 'never' }],
    phrases: [{ from: '鼠标', to: '滑鼠', direction: 'to-traditional' }],
    protect: [{ phrase: '東涌', direction: 'both' }],
  });
  await fakeBrowser.storage.local.set({ 'site:example.com': { script: 'traditional', garbled: false } });
  const { settings, extra } = await readSettingsWith(['site:example.com']);
  expect(settings).toEqual(await loadSettings());
  expect(extra['site:example.com']).toEqual({ script: 'traditional', garbled: false });
});

test('a field of the wrong type takes its default, and entries without their strings are dropped', async () => {
  await fakeBrowser.storage.local.set({
    settings: { target: 'taiwan', repair: 'yes', conversion: 7, sites: [{ mode: 'never' }, { pattern: 'a.com', mode: 'never' }], phrases: 'none', protect: [{ phrase: '東涌', direction: 'both' }, 3] },
    settings$: { v: 2 },
  });
  const { settings } = await readSettingsWith();
  expect(settings).toMatchObject({ target: 'taiwan', repair: true, conversion: 'auto', phrases: [] });
  expect(settings.sites).toEqual([{ pattern: 'a.com', mode: 'never' }]);
  expect(settings.protect).toEqual([{ phrase: '東涌', direction: 'both' }]);
});

test('a version-1 value is migrated in memory', async () => {
  await fakeBrowser.storage.local.set({ settings: { target: 'simplified', sites: { 'news.example.com': 'never' }, phrases: {} } });
  const { settings } = await readSettingsWith();
  expect(settings.sites).toEqual([{ pattern: 'news.example.com', mode: 'never' }]);
  const stored = (await fakeBrowser.storage.local.get('settings')) as { settings: { sites: unknown } };
  expect(stored.settings.sites).toEqual({ 'news.example.com': 'never' });
});

test('a version-1 shape under the current version (it skipped the migration) is read as its lists, the rest kept', async () => {
  await fakeBrowser.storage.local.set({ settings: { target: 'taiwan', punctuation: 'target', sites: { 'a.com': 'always' } }, settings$: { v: 2 } });
  const { settings } = await readSettingsWith();
  expect(settings).toMatchObject({ target: 'taiwan', punctuation: 'target', sites: [{ pattern: 'a.com', mode: 'always' }] });
});
