import { expect, test } from 'vitest';
import { classifyStorageError } from '@/lib/library/storage-errors';
import { isSavedArticle } from '@/lib/library/validate';
import { sampleArticle } from './sample-article';

test('quota errors are recognised through Dexie’s wrapping', () => {
  const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  expect(classifyStorageError(quota)).toBe('quota');
  expect(classifyStorageError(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }))).toBe('quota');
  expect(classifyStorageError(new Error('Something else'))).toBe('save-failed');
  expect(classifyStorageError(undefined)).toBe('save-failed');
});

test('imported records are shape-checked', () => {
  expect(isSavedArticle(sampleArticle())).toBe(true);
  expect(isSavedArticle({ ...sampleArticle(), html: 5 })).toBe(false);
  expect(isSavedArticle({ ...sampleArticle(), savedAt: 'yesterday' })).toBe(false);
  expect(isSavedArticle(null)).toBe(false);
});
