// Shape check for articles coming back from a ZIP: imported data is untrusted input.
import type { SavedArticle } from '@/lib/article/types';

const STRING_FIELDS = ['id', 'savedAt', 'title', 'url', 'html', 'text', 'method'] as const;
const NULLABLE_STRING_FIELDS = ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'detectedScript', 'convertedTo'] as const;

export function isSavedArticle(value: unknown): value is SavedArticle {
  if (!value || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    STRING_FIELDS.every((key) => typeof record[key] === 'string') &&
    NULLABLE_STRING_FIELDS.every((key) => record[key] === null || typeof record[key] === 'string') &&
    typeof record.embeddedImages === 'number' &&
    typeof record.unrecoverable === 'number' &&
    Array.isArray(record.repaired) &&
    (record.redecoded === null || typeof record.redecoded === 'object') &&
    !Number.isNaN(Date.parse(record.savedAt as string))
  );
}
