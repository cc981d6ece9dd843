// Which text the reader view shows for a chosen script, and whether it converts it. Every view
// starts from the page's own text when the record keeps it (never from another view or from
// the converted copy), and a view in the script that text is already in shows it as it is:
// switching is lossless, and a Traditional page saved as Simplified reads as its own
// Traditional again, not as a round trip through Simplified.
import type { SavedArticle } from './types';

export type ScriptView = 'original' | 'stored' | 'simplified' | 'traditional' | 'taiwan' | 'hongkong';
export type ScriptTarget = Exclude<ScriptView, 'original' | 'stored'>;

export interface ReadingPlan {
  /** The page's own text kept beside the copy, or the copy as saved. */
  source: 'original' | 'stored';
  /** The script it is converted to; null: shown as it is (its quotes may still be converted). */
  convertTo: ScriptTarget | null;
}

type Family = 'simplified' | 'traditional';

/** The script the source text is written in, where the record tells. */
function sourceFamily(article: Pick<SavedArticle, 'original' | 'convertedTo' | 'detectedScript'>): Family | null {
  if (!article.original && article.convertedTo) return article.convertedTo === 'simplified' ? 'simplified' : 'traditional';
  const detected = article.detectedScript;
  return detected === 'simplified' || detected === 'traditional' ? detected : null;
}

export function readingPlan(article: Pick<SavedArticle, 'original' | 'convertedTo' | 'detectedScript'>, view: ScriptView): ReadingPlan {
  if (view === 'stored') return { source: 'stored', convertTo: null };
  const source = article.original ? 'original' : 'stored';
  if (view === 'original') return { source, convertTo: null };
  const family = sourceFamily(article);
  const same = family !== null && (family === 'simplified') === (view === 'simplified');
  return { source, convertTo: same ? null : view };
}
