import { beforeEach, expect, test } from 'vitest';
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
  await updateSettings({ target: 'hongkong', sites: { 'example.com': 'never' } });
  const settings = await loadSettings();
  expect(settings.target).toBe('hongkong');
  expect(settings.sites).toEqual({ 'example.com': 'never' });
  expect(settings.repair).toBe(true);
  stop();
  await updateSettings({ target: 'taiwan' });
  expect(seen).toEqual(['hongkong']);
});
