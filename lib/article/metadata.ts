// Page metadata for when Readability is not used (selection or main-content fallback).
import type { ArticleDraft } from './types';

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[name="${name}" i], meta[property="${name}" i], meta[itemprop="${name}" i]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

/** The draft's fields a page's <meta> tags and <title> can fill. */
export type PageMetadata = Pick<ArticleDraft, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'excerpt'>;

export function readPageMetadata(doc: Document): PageMetadata {
  return {
    title: meta(doc, 'og:title', 'twitter:title') ?? doc.title.trim() ?? '',
    byline: meta(doc, 'author', 'article:author', 'dc.creator'),
    siteName: meta(doc, 'og:site_name', 'application-name'),
    publishedTime: meta(doc, 'article:published_time', 'datePublished', 'dc.date', 'pubdate'),
    lang: doc.documentElement.getAttribute('lang'),
    excerpt: meta(doc, 'og:description', 'description'),
  };
}
