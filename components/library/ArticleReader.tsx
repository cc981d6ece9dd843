import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight, SavedArticle } from '@/lib/article/types';
import type { Locale, Translate } from '@/lib/i18n';
import { sanitizeArticleHtml } from '@/lib/article/sanitize';
import { articleLang } from '@/lib/article/types';
import { formatDate } from '@/lib/i18n/format';
import { addHighlight, parseTags } from '@/lib/article/highlights';
import { shownHighlightText, textNodesOf, type ShownCopy } from '@/lib/article/render-body';
import { parseFragment } from '@/lib/article/html-tools';
import { ReaderBody, type SelectedSpan } from './ReaderBody';
import { HighlightsPanel } from './HighlightsPanel';
import type { ReadingPlan, ScriptView } from '@/lib/article/reading-view';

/** The script the copy is shown in: as saved, as on the page, or converted (see reading-view.ts). */
export type { ScriptView };
export const SCRIPT_VIEWS: { view: ScriptView; label: 'viewOriginal' | 'viewStored' | 'viewSimplified' | 'viewTraditional' | 'viewTaiwan' | 'viewHongkong' }[] = [
  { view: 'original', label: 'viewOriginal' },
  { view: 'stored', label: 'viewStored' },
  { view: 'simplified', label: 'viewSimplified' },
  { view: 'traditional', label: 'viewTraditional' },
  { view: 'taiwan', label: 'viewTaiwan' },
  { view: 'hongkong', label: 'viewHongkong' },
];

export type ExportFormat = 'html' | 'md' | 'txt' | 'epub';

/** One empty list for every record without highlights: a new `[]` per render would redraw the body, and the reader's selection with it. */
const NO_HIGHLIGHTS: readonly Highlight[] = [];

interface Props {
  t: Translate;
  locale: Locale;
  article: SavedArticle;
  /** `shown`: the copy as the reader shows it now (single-article exports follow the view). */
  onExport(format: ExportFormat, shown: ShownCopy): void;
  onDelete(): void;
  /** Shown script and quotes, chosen by the reader; `convert` renders the plan's source text in it. */
  view: ScriptView;
  punctuation: boolean;
  plan: ReadingPlan;
  convert: (text: string) => string;
  onView(view: ScriptView, punctuation: boolean): void;
  onAnnotate(patch: Pick<SavedArticle, 'highlights' | 'tags'>): void;
}

/** Reader view. The stored HTML is sanitised again here: what is stored is data, never trusted. */
export function ArticleReader({ t, locale, article, onExport, onDelete, view, punctuation, plan, convert, onView, onAnnotate }: Props) {
  const body = useMemo(() => sanitizeArticleHtml(article.html), [article.html]);
  const highlights = article.highlights ?? NO_HIGHLIGHTS;
  const selection = useRef<(() => SelectedSpan | null) | null>(null);
  const [hint, setHint] = useState('');
  const [focusNote, setFocusNote] = useState<string | null>(null);

  function highlightSelection() {
    const span = selection.current?.();
    const added = span && addHighlight(highlights, { id: crypto.randomUUID(), ...span, note: '', createdAt: new Date().toISOString() });
    if (!span || !added) return setHint(t('highlightNeedsSelection'));
    setHint('');
    onAnnotate({ highlights: added });
    setFocusNote(added[added.length - 1].id);
    document.getSelection()?.removeAllRanges();
  }
  // Keyboard: H highlights the selection (outside text fields), then the note takes the focus.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key.toLowerCase() !== 'h' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      highlightSelection();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    if (!focusNote) return;
    // The new highlight reaches the panel once the database answers: focus its note then.
    const note = document.querySelector(`textarea[data-highlight="${focusNote}"]`) as HTMLTextAreaElement | null;
    if (!note) return;
    note.focus();
    setFocusNote(null);
  }, [focusNote, highlights]);
  const setNote = (id: string, note: string) => onAnnotate({ highlights: highlights.map((h: Highlight) => (h.id === id ? { ...h, note } : h)) });
  const remove = (id: string) => onAnnotate({ highlights: highlights.filter((h: Highlight) => h.id !== id) });
  // What the reader is typing into the tags box is kept until the record's tags change: a redraw
  // meanwhile (the list refreshing after a search) would otherwise put the stored tags back.
  const storedTags = (article.tags ?? []).join(', ');
  const [tagsDraft, setTagsDraft] = useState<string | null>(null);
  useEffect(() => setTagsDraft(null), [storedTags, article.id]);
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the question when it appears, and back on Delete when it is cancelled.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (confirming === false) deleteButton.current?.focus();
  }, [confirming]);
  const safeUrl = /^https?:/i.test(article.url) ? article.url : undefined;
  const own = plan.source === 'original' ? article.original ?? null : null;
  // Without the page's own text kept, "as on the page" is not offered (the copy may be converted).
  // The stored text of each node, to show a highlight's words from the page's own text as the body does.
  const storedTexts = useMemo(() => textNodesOf(parseFragment(body, document)).map((node) => node.nodeValue ?? ''), [body]);
  const show = (h: Highlight) => shownHighlightText(h, storedTexts, { convert, ownTexts: own?.texts ?? null });
  const views = SCRIPT_VIEWS.filter((option) => option.view !== 'original' || article.original);
  const shownView = view === 'original' && !article.original ? 'stored' : view;
  const lang = shownView === 'stored' ? articleLang(article) : shownView === 'original' ? articleLang({ ...article, convertedTo: null }) : VIEW_LANG[shownView];
  // The byline the page shows, in the view's script where the record keeps it; else as saved.
  const byline = own && own.byline !== undefined ? (own.byline === null ? null : convert(own.byline)) : article.byline;
  const shown: ShownCopy = { convert, ownTexts: own?.texts ?? null, title: convert(own ? own.title : article.title), byline, lang };
  return (
    <article class="reader" data-testid="reader">
      <header class="reader-header">
        <h1 lang={lang} data-testid="reader-title">{convert(own ? own.title : article.title)}</h1>
        <p class="reader-meta muted">
          {byline && <span>{t('metaBy', { byline })}</span>}
          {article.siteName && <span>{article.siteName}</span>}
          {article.publishedTime && <span>{t('metaPublished', { date: formatDate(article.publishedTime, locale) })}</span>}
          <span>{t('metaSaved', { date: formatDate(article.savedAt, locale) })}</span>
          {safeUrl && (
            <a href={safeUrl} target="_blank" rel="noopener noreferrer">
              {t('metaSource')}
            </a>
          )}
        </p>
        <div class="reader-actions" role="group" aria-label={t('scriptView')}>
          <label>
            <span class="muted">{t('scriptView')} </span>
            <select data-testid="script-view" value={shownView} onChange={(e) => onView((e.currentTarget as HTMLSelectElement).value as ScriptView, punctuation)}>
              {views.map((option) => (
                <option key={option.view} value={option.view}>{t(option.label)}</option>
              ))}
            </select>
          </label>
          <label class="check-row">
            <input type="checkbox" data-testid="script-punctuation" checked={punctuation} disabled={shownView === 'stored' || shownView === 'original'}
              onChange={(e) => onView(view, (e.currentTarget as HTMLInputElement).checked)} />
            <span>{t('scriptPunctuation')}</span>
          </label>
          <button type="button" data-testid="highlight-selection" onMouseDown={(e) => e.preventDefault()} onClick={highlightSelection}>
            {t('highlightSelection')}
          </button>
          <label>
            <span class="muted">{t('tagsLabel')} </span>
            <input
              type="text"
              data-testid="tags"
              value={tagsDraft ?? storedTags}
              onInput={(e) => setTagsDraft((e.currentTarget as HTMLInputElement).value)}
              onChange={(e) => onAnnotate({ tags: parseTags((e.currentTarget as HTMLInputElement).value) })}
            />
          </label>
        </div>
        <p role="status" aria-live="polite" class="muted" data-testid="highlight-hint">{hint}</p>
        <div class="reader-actions" role="group" aria-label={t('exportAs')}>
          <span class="muted">{t('exportAs')}</span>
          <button type="button" data-testid="export-html" onClick={() => onExport('html', shown)}>{t('exportHtml')}</button>
          <button type="button" data-testid="export-md" onClick={() => onExport('md', shown)}>{t('exportMarkdown')}</button>
          <button type="button" data-testid="export-txt" onClick={() => onExport('txt', shown)}>{t('exportText')}</button>
          <button type="button" data-testid="export-epub" onClick={() => onExport('epub', shown)}>{t('exportEpub')}</button>
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
      <ReaderBody sanitizedHtml={body} highlights={highlights} convert={convert} ownTexts={own?.texts ?? null} lang={lang} selectionRef={selection} />
      <HighlightsPanel t={t} highlights={highlights} show={show} onNote={setNote} onRemove={remove} />
    </article>
  );
}

const VIEW_LANG: Record<Exclude<ScriptView, 'stored' | 'original'>, string> = { simplified: 'zh-CN', traditional: 'zh-Hant', taiwan: 'zh-TW', hongkong: 'zh-HK' };
