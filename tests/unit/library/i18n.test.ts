import { expect, test } from 'vitest';
import { pickLocale, translator } from '@/lib/i18n';
import { en } from '@/lib/i18n/messages-en';
import { zhHans } from '@/lib/i18n/messages-zh-hans';
import { zhHant } from '@/lib/i18n/messages-zh-hant';

test('the UI language follows the browser language', () => {
  expect(pickLocale(['zh-CN', 'en'])).toBe('zh-Hans');
  expect(pickLocale(['zh-TW'])).toBe('zh-Hant');
  expect(pickLocale(['zh-HK'])).toBe('zh-Hant');
  expect(pickLocale(['zh-Hant-TW'])).toBe('zh-Hant');
  expect(pickLocale(['zh'])).toBe('zh-Hans');
  expect(pickLocale(['fr-FR', 'zh-TW'])).toBe('zh-Hant');
  expect(pickLocale(['fr-FR'])).toBe('en');
  expect(pickLocale([])).toBe('en');
});

test('every locale has every string, with the same placeholders', () => {
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join();
  for (const table of [zhHans, zhHant]) {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(table[key], key).toBeTruthy();
      expect(placeholders(table[key]), key).toBe(placeholders(en[key]));
    }
  }
});

test('placeholders are filled', () => {
  expect(translator('zh-Hant')('saved', { title: '綠道' })).toBe('已儲存「綠道」。');
  expect(translator('en')('articleCount', { count: 3 })).toBe('3 articles');
  expect(translator('en')('articleCount', { count: 1 })).toBe('1 article');
  expect(translator('zh-Hans')('articleCount', { count: 1 })).toBe('共 1 篇文章');
});

test('counts take the plural form of each language: "1 span", never "1 spans"', () => {
  expect(translator('en')('unrecoverable', { count: 1 })).toBe('1 span could not be restored exactly');
  expect(translator('en')('unrecoverable', { count: 2 })).toBe('2 spans could not be restored exactly');
  expect(translator('en')('changedNodes', { count: 1 })).toBe('1 piece of text changed');
  expect(translator('zh-Hans')('unrecoverable', { count: 1 })).toBe('有 1 处无法准确还原');
  expect(translator('zh-Hant')('unrecoverable', { count: 5 })).toBe('有 5 處無法準確還原');
});
