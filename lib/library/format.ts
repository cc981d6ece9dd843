// Small display helpers for the library page.
import type { Locale } from '@/lib/i18n';
import type { SavedArticle } from '@/lib/article/types';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function formatDate(iso: string | null, locale: Locale): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso; // sites publish dates in any form; show as given
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The lang tag for an article body: it picks SC/TC/HK glyph forms in CJK fonts. */
export function articleLang(article: Pick<SavedArticle, 'lang' | 'convertedTo' | 'detectedScript'>): string {
  if (article.convertedTo === 'simplified') return 'zh-CN';
  if (article.convertedTo === 'taiwan' || article.convertedTo === 'taiwan-phrases') return 'zh-TW';
  if (article.convertedTo === 'hongkong') return 'zh-HK';
  if (article.convertedTo === 'traditional') return 'zh-Hant';
  return article.lang ?? (article.detectedScript === 'traditional' ? 'zh-Hant' : 'zh-Hans');
}
