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
    !Number.isNaN(Date.parse(record.savedAt as string)) &&
    (record.highlights === undefined || (Array.isArray(record.highlights) && record.highlights.every(isHighlight))) &&
    (record.tags === undefined || (Array.isArray(record.tags) && record.tags.every((tag) => typeof tag === 'string'))) &&
    (record.original === undefined || isOriginalText(record.original))
  );
}

function isOriginalText(value: unknown): boolean {
  const o = value as Record<string, unknown> | null;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.title === 'string' &&
    (o.byline === undefined || o.byline === null || typeof o.byline === 'string') &&
    Array.isArray(o.texts) &&
    o.texts.every((text) => text === null || typeof text === 'string')
  );
}

function isHighlight(value: unknown): boolean {
  const h = value as Record<string, unknown> | null;
  return (
    !!h &&
    typeof h === 'object' &&
    ['id', 'text', 'note', 'createdAt'].every((key) => typeof h[key] === 'string') &&
    ['node', 'start', 'end'].every((key) => Number.isInteger(h[key]) && (h[key] as number) >= 0) &&
    (h.start as number) < (h.end as number)
  );
}
