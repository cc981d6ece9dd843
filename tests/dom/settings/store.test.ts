import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { defaultTarget } from '@/lib/settings/schema';

beforeEach(() => fakeBrowser.reset());

test('the default target follows the browser language', () => {
  expect(defaultTarget('zh-TW')).toBe('taiwan');
  expect(defaultTarget('zh-HK')).toBe('hongkong');
  expect(defaultTarget('zh-CN')).toBe('simplified');
  expect(defaultTarget('en-US')).toBe('simplified');
});

test('updates are stored, merged and announced', async () => {
  await loadSettings(); // the first read stores the defaults
  const seen: string[] = [];
  const stop = watchSettings((settings) => seen.push(settings.target));
  await updateSettings({ target: 'hongkong', sites: [{ pattern: 'example.com', mode: 'never' }] });
  const settings = await loadSettings();
  expect(settings.target).toBe('hongkong');
  expect(settings.sites).toEqual([{ pattern: 'example.com', mode: 'never' }]);
  expect(settings.repair).toBe(true);
  stop();
  await updateSettings({ target: 'taiwan' });
  expect(seen).toEqual(['hongkong']);
});

test('a version-1 value stored by an older Qingwen is migrated when the store starts', async () => {
  await fakeBrowser.storage.local.set({
    settings: { target: 'hongkong', repair: false, conversion: 'auto', sites: { 'a.example.com': 'never' }, phrases: { 鼠标: '滑鼠' } },
    settings$: { v: 1 },
  });
  vi.resetModules();
  const store = await import('@/lib/settings/store');
  const settings = await store.loadSettings();
  expect(settings).toMatchObject({
    target: 'hongkong',
    repair: false,
    punctuation: 'keep',
    sites: [{ pattern: 'a.example.com', mode: 'never' }],
    phrases: [{ from: '鼠标', to: '滑鼠', direction: 'both' }],
    protect: [],
  });
  // Stored migrated, with the new version: the migration runs once.
  const stored = (await fakeBrowser.storage.local.get(['settings', 'settings$'])) as Record<string, any>;
  expect(stored.settings.sites).toEqual([{ pattern: 'a.example.com', mode: 'never' }]);
  expect(stored.settings$).toMatchObject({ v: 2 });
});
