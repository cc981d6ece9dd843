import { describe, expect, test } from 'vitest';
import { settingsMigrations } from '@/lib/settings/migrations/index.ts';
import { normalizeSettings } from '@/lib/settings/normalize.ts';
import { defaultSettings, SETTINGS_VERSION } from '@/lib/settings/schema.ts';

describe('settings migrations', () => {
  test('every version up to the current one has a numbered step', () => {
    for (let version = 2; version <= SETTINGS_VERSION; version++) expect(settingsMigrations[version]).toBeTypeOf('function');
  });

  test('v1 -> v2 keeps what the reader set: hosts become rules, phrases apply both ways', () => {
    const v1 = {
      target: 'hongkong',
      repair: false,
      conversion: 'off',
      sites: { 'news.example.com': 'never', 'forum.example.org': 'always' },
      phrases: { 鼠标: '滑鼠', 東涌: '東涌' },
    };
    const v2 = settingsMigrations[2](v1);
    expect(v2).toEqual({
      target: 'hongkong',
      repair: false,
      conversion: 'off',
      punctuation: 'keep',
      sites: [
        { pattern: 'news.example.com', mode: 'never' },
        { pattern: 'forum.example.org', mode: 'always' },
      ],
      phrases: [
        { from: '鼠标', to: '滑鼠', direction: 'both' },
        { from: '東涌', to: '東涌', direction: 'both' },
      ],
      protect: [],
    });
    // What the migration gives is a valid v2 value: reading it back changes nothing.
    expect(normalizeSettings(v2, defaultSettings('en'))).toEqual(v2);
  });

  test('v1 -> v2 survives a damaged v1 value', () => {
    const v2 = settingsMigrations[2]({ target: 'taiwan', sites: 'x', phrases: null });
    expect(v2).toMatchObject({ target: 'taiwan', sites: [], phrases: [], protect: [], punctuation: 'keep' });
    expect(settingsMigrations[2](undefined)).toMatchObject({ sites: [], phrases: [] });
  });
});

describe('reading stored settings', () => {
  const defaults = defaultSettings('zh-TW');

  test('a missing or bad field comes from the defaults, the rest is kept', () => {
    const read = normalizeSettings({ target: 'klingon', repair: false, sites: [{ pattern: 'a b', mode: 'never' }] }, defaults);
    expect(read).toEqual({ ...defaults, repair: false });
  });

  test('a v1 shape that skipped the migration is read as v2', () => {
    const read = normalizeSettings({ ...defaults, sites: { '127.0.0.1': 'never' }, phrases: { 上海: '滬' } }, defaults);
    expect(read.sites).toEqual([{ pattern: '127.0.0.1', mode: 'never' }]);
    expect(read.phrases).toEqual([{ from: '上海', to: '滬', direction: 'both' }]);
  });
});

