import { useEffect, useState } from 'preact/hooks';
import { liveQuery } from 'dexie';
import { locale, t } from '@/lib/i18n';
import type { SavedArticle } from '@/lib/article/types';
import { libraryDb, type ArticleMeta } from '@/lib/library/db';
import { deleteArticle, getArticle, searchArticles, updateAnnotations } from '@/lib/library/repository';
import { ArticleList } from '@/components/library/ArticleList';
import { ArticleReader } from '@/components/library/ArticleReader';
import { readingPlan, type ScriptView } from '@/lib/article/reading-view';
import { createConverter } from '@/lib/convert';
import { BatchProgressView } from '@/components/library/BatchProgressView';
import { clearBatchProgress, readBatchProgress, watchBatchProgress, type BatchProgress } from '@/lib/library/batch-progress';
import { LibraryToolbar } from '@/components/library/LibraryToolbar';
import { exportArticle, exportEpub, exportLibrary, importLibrary, storageSummary } from './library-actions';

const identity = (text: string) => text;

function idFromHash(): string | null {
  const match = /^#article=(.+)$/.exec(location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

type Status = { ok: boolean; message: string } | null;

export function App() {
  const [query, setQuery] = useState('');
  const [articles, setArticles] = useState<ArticleMeta[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(idFromHash());
  const [article, setArticle] = useState<SavedArticle | null | undefined>(undefined);
  const [status, setStatus] = useState<Status>(null);
  const [storage, setStorage] = useState('');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [tag, setTag] = useState('');
  const [batch, setBatch] = useState<BatchProgress | null>(null);
  useEffect(() => {
    readBatchProgress().then(setBatch).catch(() => {});
    return watchBatchProgress(setBatch);
  }, []);
  const [view, setView] = useState<{ script: ScriptView; punctuation: boolean }>({ script: 'stored', punctuation: false });
  const [convert, setConvert] = useState<{ fn: (text: string) => string }>({ fn: identity });
  const plan = readingPlan(article ?? { convertedTo: null, detectedScript: null }, view.script);
  // Every view is converted from the page's own text (or the stored copy), never from another
  // view: switching is lossless. A view in the source's own script only converts quotes, if asked.
  useEffect(() => {
    let current = true;
    const script = view.script;
    const quotesOnly = !plan.convertTo;
    if (script === 'stored' || script === 'original' || (quotesOnly && !view.punctuation)) setConvert({ fn: identity });
    else
      createConverter(script, quotesOnly ? { punctuation: true, dictionaries: false } : { punctuation: view.punctuation })
        .then((converter) => current && setConvert({ fn: (text: string) => converter.convert(text) }))
        .catch(() => current && setStatus({ ok: false, message: t('importReason.unknown') }));
    return () => {
      current = false;
    };
  }, [view, plan.convertTo]);
  const check = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('libraryTitle');
    const onHash = () => setSelectedId(idFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // Re-runs whenever any context (the background saving, another library tab) changes the tables.
  useEffect(() => {
    const subscription = liveQuery(() => searchArticles(libraryDb(), query)).subscribe({
      next: (list) => {
        setArticles(list);
        storageSummary(t).then(setStorage);
      },
      error: () => setStatus({ ok: false, message: t('importReason.unknown') }),
    });
    return () => subscription.unsubscribe();
  }, [query]);

  useEffect(() => {
    if (!selectedId) return setArticle(undefined);
    const subscription = liveQuery(() => getArticle(libraryDb(), selectedId)).subscribe({
      next: (found) => setArticle(found ?? null),
      error: () => setArticle(null),
    });
    return () => subscription.unsubscribe();
  }, [selectedId]);

  async function remove(target: SavedArticle) {
    await deleteArticle(libraryDb(), target.id);
    setStatus({ ok: true, message: t('deleted', { title: target.title }) });
    history.replaceState(null, '', location.pathname);
    setSelectedId(null);
  }

  return (
    <div class="library">
      <header class="library-header">
        <h1>
          <img src="/icon/32.png" alt="" width="24" height="24" /> {t('libraryTitle')}
        </h1>
        <LibraryToolbar
          t={t}
          query={query}
          count={articles.length}
          storage={storage}
          onQuery={setQuery}
          onExportAll={() => exportLibrary()}
          checkedCount={checked.size}
          tags={allTags(articles)}
          tag={tag}
          onTag={setTag}
          onExportEpub={() => exportEpub(articles.filter((a) => checked.has(a.id)).map((a) => a.id))}
          onImport={async (file) => setStatus(await importLibrary(file, t))}
        />
        {batch && (
          <BatchProgressView t={t} progress={batch} onDismiss={() => void clearBatchProgress()} />
        )}
        <div role="status" aria-live="polite" data-testid="status">
          {status && <p class={`notice ${status.ok ? 'ok' : 'error'}`}>{status.message}</p>}
        </div>
      </header>
      <div class="library-main">
        <nav class="library-list" aria-label={t('libraryTitle')}>
          <ArticleList t={t} locale={locale} articles={tag ? articles.filter((a) => a.tags?.includes(tag)) : articles} selectedId={selectedId} query={query} checked={checked} onCheck={check} />
        </nav>
        <main class="library-reader">
          {article ? (
            <ArticleReader
              key={article.id}
              t={t}
              locale={locale}
              article={article}
              view={view.script}
              punctuation={view.punctuation}
              plan={plan}
              convert={convert.fn}
              onView={(script, punctuation) => setView({ script, punctuation })}
              onAnnotate={(patch) => void updateAnnotations(libraryDb(), article.id, patch)}
              onExport={(format, shown) => (format === 'epub' ? exportEpub([article.id]) : exportArticle(article, format, shown))}
              onDelete={() => remove(article)}
            />
          ) : (
            <p class="muted placeholder">{article === null ? t('articleMissing') : t('selectArticle')}</p>
          )}
        </main>
      </div>
    </div>
  );
}

function allTags(articles: ArticleMeta[]): string[] {
  return [...new Set(articles.flatMap((article) => article.tags ?? []))].sort();
}
