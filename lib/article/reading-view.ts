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

const familyOf = (script: string | null | undefined): Family | null =>
  script === 'simplified' ? 'simplified' : script === 'traditional' || script === 'taiwan' || script === 'taiwan-phrases' || script === 'hongkong' ? 'traditional' : null;

type Record = Pick<SavedArticle, 'original' | 'convertedTo' | 'detectedScript'>;

/**
 * A view in the script the page's own text is in shows that text as it is (when the copy was
 * converted away from it); a view in the copy's script shows the copy as saved (a page in the
 * reader's script whose stray texts or quotes were converted reads as saved); any other view
 * converts, from the page's own text where kept.
 */
export function readingPlan(article: Record, view: ScriptView): ReadingPlan {
  if (view === 'stored') return { source: 'stored', convertTo: null };
  const source = article.original ? 'original' : 'stored';
  if (view === 'original') return { source, convertTo: null };
  const wanted: Family = view === 'simplified' ? 'simplified' : 'traditional';
  const own = familyOf(article.detectedScript);
  // The copy is in the script it was converted to; unconverted, in the page's own.
  const copy = article.convertedTo ? familyOf(article.convertedTo) : own;
  if (article.original && own === wanted && copy !== wanted) return { source: 'original', convertTo: null };
  if (copy === wanted) return { source: 'stored', convertTo: null };
  return { source, convertTo: view };
}
