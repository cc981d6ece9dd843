import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SavedArticle } from '@/lib/article/types';
import type { Locale, Translate } from '@/lib/i18n';
import { sanitizeArticleHtml } from '@/lib/article/sanitize';
import { articleLang } from '@/lib/article/types';
import { formatDate } from '@/lib/i18n/format';

export type ExportFormat = 'html' | 'md' | 'txt' | 'epub';

interface Props {
  t: Translate;
  locale: Locale;
  article: SavedArticle;
  onExport(format: ExportFormat): void;
  onDelete(): void;
}

/** Reader view. The stored HTML is sanitised again here: what is stored is data, never trusted. */
export function ArticleReader({ t, locale, article, onExport, onDelete }: Props) {
  const body = useMemo(() => sanitizeArticleHtml(article.html), [article.html]);
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the question when it appears, and back on Delete when it is cancelled.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (confirming === false) deleteButton.current?.focus();
  }, [confirming]);
  const safeUrl = /^https?:/i.test(article.url) ? article.url : undefined;
  return (
    <article class="reader" data-testid="reader">
      <header class="reader-header">
        <h1 lang={articleLang(article)} data-testid="reader-title">{article.title}</h1>
        <p class="reader-meta muted">
          {article.byline && <span>{t('metaBy', { byline: article.byline })}</span>}
          {article.siteName && <span>{article.siteName}</span>}
          {article.publishedTime && <span>{t('metaPublished', { date: formatDate(article.publishedTime, locale) })}</span>}
          <span>{t('metaSaved', { date: formatDate(article.savedAt, locale) })}</span>
          {safeUrl && (
            <a href={safeUrl} target="_blank" rel="noopener noreferrer">
              {t('metaSource')}
            </a>
          )}
        </p>
        <div class="reader-actions" role="group" aria-label={t('exportAs')}>
          <span class="muted">{t('exportAs')}</span>
          <button type="button" data-testid="export-html" onClick={() => onExport('html')}>{t('exportHtml')}</button>
          <button type="button" data-testid="export-md" onClick={() => onExport('md')}>{t('exportMarkdown')}</button>
          <button type="button" data-testid="export-txt" onClick={() => onExport('txt')}>{t('exportText')}</button>
          <button type="button" data-testid="export-epub" onClick={() => onExport('epub')}>{t('exportEpub')}</button>
          <span class="spacer" />
          {confirming ? (
            <span class="confirm" role="group">
              <span>{t('confirmDelete', { title: article.title })}</span>
              <button type="button" class="danger" data-testid="confirm-delete" onClick={onDelete} ref={confirmButton}>
                {t('deleteArticle')}
              </button>
              <button type="button" data-testid="cancel-delete" onClick={() => setConfirming(false)}>{t('cancel')}</button>
            </span>
          ) : (
            <button type="button" data-testid="delete" onClick={() => setConfirming(true)} ref={deleteButton}>{t('deleteArticle')}</button>
          )}
        </div>
      </header>
      <div class="reader-body" lang={articleLang(article)} data-testid="reader-body" dangerouslySetInnerHTML={{ __html: body }} />
    </article>
  );
}
