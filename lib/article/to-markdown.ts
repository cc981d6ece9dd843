import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import type { SavedArticle } from './types';
import { yamlFrontMatter } from './front-matter';

/** Markdown with GFM tables and strikethrough; `html` must already be sanitised. */
export function htmlToMarkdown(html: string): string {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  service.use(gfm);
  service.addRule('highlight', { filter: ['mark'], replacement: (content) => (content.trim() ? `==${content}==` : content) });
  return service.turndown(html);
}

export function articleToMarkdown(article: SavedArticle, sanitizedHtml: string): string {
  return `${yamlFrontMatter(article)}\n\n# ${article.title}\n\n${htmlToMarkdown(sanitizedHtml)}\n`;
}
