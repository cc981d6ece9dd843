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
import { formatBytes } from '@/lib/i18n/format';
import type { ExportFormat } from '@/components/library/ArticleReader';
import { getArticle } from '@/lib/library/repository';
import { buildEpub } from '@/lib/library/epub';
import { articleToChapter, EpubImages, type FetchedImage } from '@/lib/library/epub-chapters';
import { DEFAULT_EMBED_LIMITS } from '@/lib/article/embed-images';
import { locale } from '@/lib/i18n';
import { renderBody, shownHighlightText, type ShownCopy } from '@/lib/article/render-body';
import { htmlToText } from '@/lib/article/html-tools';
import type { Highlight } from '@/lib/article/types';
import { hostGranted } from '@/lib/library/image-permission';
import { highlightsHtml, highlightsMarkdown } from '@/lib/article/highlights';

/** The sanitised body with the article's highlights as <mark>. */
function markedBody(article: SavedArticle): string {
  return renderBody(sanitizeArticleHtml(article.html), document, article.highlights ?? []).root.innerHTML;
}

/**
 * The article as the reader view shows it (its script, from the page's own text where kept):
 * title, body with marks, plain text, highlights' words and the body's lang.
 */
function asShown(article: SavedArticle, shown: ShownCopy): { article: SavedArticle; body: string; highlights: Highlight[] } {
  const rendered = renderBody(sanitizeArticleHtml(article.html), document, article.highlights ?? [], shown.convert, shown.ownTexts);
  const highlights = (article.highlights ?? []).map((h) => ({ ...h, text: shownHighlightText(h, rendered.texts, shown) }));
  const text = htmlToText(rendered.root);
  return { article: { ...article, title: shown.title, byline: shown.byline, text, lang: shown.lang }, body: rendered.root.innerHTML, highlights };
}

/** One article as a file, in the script the reader view shows (default: the copy as saved). */
export function exportArticle(saved: SavedArticle, format: Exclude<ExportFormat, 'epub'>, shown?: ShownCopy): void {
  const { article, body, highlights } = shown ? asShown(saved, shown) : { article: saved, body: markedBody(saved), highlights: saved.highlights ?? [] };
  const [content, type] =
    format === 'html'
      ? [articleToHtml(article, body + highlightsHtml(highlights)), 'text/html']
      : format === 'md'
        ? [articleToMarkdown(article, body) + (highlights.length ? `\n${highlightsMarkdown(highlights)}` : ''), 'text/markdown']
        : [articleToText(article), 'text/plain'];
  downloadBlob(new Blob([content], { type: `${type};charset=utf-8` }), exportFileName(article.title, format));
}

export async function exportLibrary(): Promise<void> {
  const articles = await allArticles(libraryDb());
  const zip = libraryToZip(articles, { renderHtml: (a) => articleToHtml(a, markedBody(a) + highlightsHtml(a.highlights ?? [])) });
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

/**
 * Remote images of the articles, fetched once each (within the embed size cap) from hosts the
 * reader granted ("Keep image files"); failures are skipped.
 */
async function fetchRemoteImages(bodies: string[]): Promise<Map<string, FetchedImage>> {
  const urls = new Set<string>();
  for (const html of bodies) for (const match of html.matchAll(/<img[^>]+src="(https?:[^"]+)"/gi)) urls.add(match[1].replace(/&amp;/g, '&'));
  const found = new Map<string, FetchedImage>();
  await Promise.all(
    [...urls].map(async (url) => {
      try {
        if (!(await hostGranted(url))) return;
        const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
        const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
        if (!response.ok || !mediaType.startsWith('image/')) return;
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.length <= DEFAULT_EMBED_LIMITS.maxImageBytes) found.set(url, { mediaType, bytes });
      } catch {
        // Offline, or no permission for that host: the image stays a link in the book.
      }
    }),
  );
  return found;
}

/** One EPUB 3 of the given articles, in the given order, downloaded as a file. */
export async function exportEpub(ids: string[]): Promise<void> {
  const articles = (await Promise.all(ids.map((id) => getArticle(libraryDb(), id)))).filter((a): a is SavedArticle => !!a);
  if (!articles.length) return;
  const bodies = articles.map((article) => sanitizeArticleHtml(article.html));
  const remote = await fetchRemoteImages(bodies);
  const images = new EpubImages((url) => remote.get(url) ?? null);
  const chapters = articles.map((article, i) => articleToChapter(article, bodies[i], document, images, locale));
  const title = articles.length === 1 ? articles[0].title : `${articles[0].title} (+${articles.length - 1})`;
  const bytes = buildEpub({
    identifier: `urn:qingwen:${articles.map((a) => a.id).join('+')}`,
    title,
    lang: chapters[0].lang,
    modified: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    chapters,
    images: images.images,
  });
  downloadBlob(new Blob([bytes as BlobPart], { type: 'application/epub+zip' }), exportFileName(title, 'epub'));
}
