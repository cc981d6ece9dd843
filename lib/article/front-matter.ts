// Metadata lines shared by the Markdown and plain-text exports.
import type { SavedArticle } from './types';

export function metadataPairs(article: SavedArticle): [string, string][] {
  const pairs: [string, string | null][] = [
    ['title', article.title],
    ['byline', article.byline],
    ['site', article.siteName],
    ['published', article.publishedTime],
    ['url', article.url],
    ['saved', article.savedAt],
    ['script', article.convertedTo ?? article.detectedScript],
    ['repaired', article.repaired.map((r) => `${r.kind} ×${r.count}`).join(', ') || null],
  ];
  return pairs.filter((pair): pair is [string, string] => !!pair[1]);
}

/** YAML front matter; values are JSON strings, which YAML reads as double-quoted scalars. */
export function yamlFrontMatter(article: SavedArticle): string {
  return ['---', ...metadataPairs(article).map(([k, v]) => `${k}: ${JSON.stringify(v)}`), '---'].join('\n');
}
