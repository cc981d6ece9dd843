// What the library page's buttons do, kept out of the components.
import type { SavedArticle } from '@/lib/article/types';
import type { Translate, MessageKey } from '@/lib/i18n';
import { sanitizeArticleHtml } from '@/lib/article/sanitize';
import { articleToHtml } from '@/lib/article/to-html';
import { articleToMarkdown } from '@/lib/article/to-markdown';
import { articleToText } from '@/lib/article/to-text';
import { exportFileName } from '@/lib/article/filename';
import { downloadBlob } from '@/lib/library/download';
import { libraryDb } from '@/lib/library/db';
import { allArticles } from '@/lib/library/repository';
import { libraryToZip, LibraryImportError } from '@/lib/library/zip';
import { importLibraryZip } from '@/lib/library/import';
import { classifyStorageError } from '@/lib/library/storage-errors';
import { formatBytes } from '@/lib/library/format';
import type { ExportFormat } from '@/components/library/ArticleReader';

export function exportArticle(article: SavedArticle, format: ExportFormat): void {
  const body = sanitizeArticleHtml(article.html);
  const [content, type] =
    format === 'html'
      ? [articleToHtml(article, body), 'text/html']
      : format === 'md'
        ? [articleToMarkdown(article, body), 'text/markdown']
        : [articleToText(article), 'text/plain'];
  downloadBlob(new Blob([content], { type: `${type};charset=utf-8` }), exportFileName(article.title, format));
}

export async function exportLibrary(): Promise<void> {
  const articles = await allArticles(libraryDb());
  const zip = libraryToZip(articles, { renderHtml: (a) => articleToHtml(a, sanitizeArticleHtml(a.html)) });
  const stamp = new Date().toISOString().slice(0, 10);
  downloadBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), `qingwen-library-${stamp}.zip`);
}

/** Returns a sentence for the status line, never throws. */
export async function importLibrary(file: File, t: Translate): Promise<{ ok: boolean; message: string }> {
  try {
    const count = await importLibraryZip(libraryDb(), new Uint8Array(await file.arrayBuffer()));
    return { ok: true, message: t('imported', { count }) };
  } catch (error) {
    const reason =
      error instanceof LibraryImportError ? error.reason : classifyStorageError(error) === 'quota' ? 'quota' : 'unknown';
    return { ok: false, message: t('importFailed', { reason: t(`importReason.${reason}` as MessageKey) }) };
  }
}

export async function storageSummary(t: Translate): Promise<string> {
  try {
    const { usage, quota } = await navigator.storage.estimate();
    if (usage === undefined || quota === undefined) return t('storageUnknown');
    return t('storageUsed', { used: formatBytes(usage), quota: formatBytes(quota) });
  } catch {
    return t('storageUnknown');
  }
}
