import type { ArticleMeta } from '@/lib/article/types';
import type { Locale, Translate } from '@/lib/i18n';
import { formatDate } from '@/lib/i18n/format';

interface Props {
  t: Translate;
  locale: Locale;
  articles: ArticleMeta[];
  selectedId: string | null;
  query: string;
  /** Articles ticked for an EPUB of several. */
  checked: ReadonlySet<string>;
  onCheck(id: string, checked: boolean): void;
}

/** Newest first; each entry is a plain link (#article=id), so Tab and Enter work everywhere. */
export function ArticleList({ t, locale, articles, selectedId, query, checked, onCheck }: Props) {
  if (articles.length === 0) {
    return <p class="empty muted" data-testid="empty">{query.trim() ? t('noMatches', { query }) : t('emptyLibrary')}</p>;
  }
  return (
    <ol class="article-list" data-testid="article-list">
      {articles.map((article) => (
        <li key={article.id} class={article.id === selectedId ? 'selected' : ''}>
          <input
            type="checkbox"
            class="pick"
            data-testid="pick"
            aria-label={t('selectForExport', { title: article.title })}
            checked={checked.has(article.id)}
            onChange={(e) => onCheck(article.id, (e.currentTarget as HTMLInputElement).checked)}
          />
          <a href={`#article=${encodeURIComponent(article.id)}`} aria-current={article.id === selectedId ? 'true' : undefined}>
            <span class="item-title" lang={article.lang ?? undefined}>{article.title}</span>
            <span class="item-meta muted">
              {[article.siteName ?? safeHost(article.url), formatDate(article.savedAt, locale)].filter(Boolean).join(' · ')}
            </span>
          </a>
        </li>
      ))}
    </ol>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
