// The extension's own UI strings in 简体中文 / 繁體中文 / English, chosen from the browser
// language. (browser.i18n is used for the manifest only: it cannot be tested or typed.)
import { en, type MessageKey } from './messages-en';
import { zhHans } from './messages-zh-hans';
import { zhHant } from './messages-zh-hant';

export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';
export type { MessageKey };

const TABLES: Record<Locale, Record<MessageKey, string>> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** zh-TW/HK/MO and zh-Hant use Traditional; any other zh Simplified; anything else English. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lang = language.toLowerCase();
    if (/^zh-(tw|hk|mo|hant)\b/.test(lang)) return 'zh-Hant';
    if (/^zh\b/.test(lang)) return 'zh-Hans';
    if (/^en\b/.test(lang)) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const table = TABLES[locale];
  // The locale's plural rules (CLDR) pick the form: English says "1 span", Chinese has one form.
  const plural = new Intl.PluralRules(locale);
  return (key, vars) => {
    const form = typeof vars?.count === 'number' ? (`${key}.${plural.select(vars.count)}` as MessageKey) : key;
    const text = form in table ? table[form] : table[key];
    return text.replace(/\{(\w+)\}/g, (whole, name) => (vars && name in vars ? String(vars[name]) : whole));
  };
}

function browserLanguages(): string[] {
  const nav = globalThis.navigator;
  return nav ? [...(nav.languages ?? []), nav.language].filter(Boolean) : [];
}

export const locale: Locale = pickLocale(browserLanguages());
export const t: Translate = translator(locale);
