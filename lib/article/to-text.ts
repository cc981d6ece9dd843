import type { SavedArticle } from './types';
import { metadataPairs } from './front-matter';

export function articleToText(article: SavedArticle): string {
  const header = metadataPairs(article)
    .filter(([key]) => key !== 'title')
    .map(([key, value]) => `${key}: ${value}`);
  return [article.title, '', ...header, '', article.text, ''].join('\n');
}
