// Storage failures, classified so the reader gets a sentence, not a stack trace.
export type StorageFailure = 'quota' | 'save-failed';

/** Dexie wraps IndexedDB errors (AbortError with an inner QuotaExceededError, ...): look through. */
export function classifyStorageError(error: unknown): StorageFailure {
  let current: any = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const name = String(current.name ?? '');
    if (/quota/i.test(name) || /quota/i.test(String(current.message ?? ''))) return 'quota';
    current = current.inner ?? current.cause ?? current.error;
  }
  return 'save-failed';
}
