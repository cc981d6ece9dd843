// Saved articles as EPUB chapters: the sanitised body re-serialised as XHTML, with every image
// the book can carry inside it (data: URLs as saved, remote ones when the library could fetch
// them) and the others turned into links, since an EPUB reader must not reach the network.
import type { SavedArticle } from '@/lib/article/types';
import { articleLang } from '@/lib/article/types';
import { formatDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n';
import type { EpubChapter, EpubImage } from './epub';

export interface FetchedImage {
  mediaType: string;
  bytes: Uint8Array;
}

/** Looks up a remote image the caller fetched beforehand (null: not available). */
export type ImageSource = (url: string) => FetchedImage | null;

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg', 'image/avif': 'avif', 'image/bmp': 'bmp' };

export function decodeDataUrl(url: string): FetchedImage | null {
  const match = /^data:(image\/[a-z+.-]+);base64,([\s\S]*)$/i.exec(url);
  if (!match || !EXTENSIONS[match[1].toLowerCase()]) return null;
  try {
    const binary = atob(match[2].replace(/\s+/g, ''));
    return { mediaType: match[1].toLowerCase(), bytes: Uint8Array.from(binary, (c) => c.charCodeAt(0)) };
  } catch {
    return null;
  }
}

/** Collects images for one book; the same URL in two articles is stored once. */
export class EpubImages {
  readonly images: EpubImage[] = [];
  private byUrl = new Map<string, string>();
  constructor(private readonly source: ImageSource) {}

  /** The path inside the book for `url`, or null when the book cannot carry it. */
  pathFor(url: string): string | null {
    const known = this.byUrl.get(url);
    if (known) return known;
    const image = url.startsWith('data:') ? decodeDataUrl(url) : this.source(url);
    if (!image || !EXTENSIONS[image.mediaType]) return null;
    const path = `images/img-${this.images.length + 1}.${EXTENSIONS[image.mediaType]}`;
    this.images.push({ path, mediaType: image.mediaType, bytes: image.bytes });
    this.byUrl.set(url, path);
    return path;
  }
}

/** `sanitizedHtml` is the article body already through sanitizeArticleHtml. */
export function articleToChapter(
  article: SavedArticle,
  sanitizedHtml: string,
  doc: Document,
  images: EpubImages,
  locale: Locale,
): EpubChapter {
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  holder.innerHTML = sanitizedHtml;
  for (const img of Array.from(holder.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const path = src ? images.pathFor(src) : null;
    for (const name of ['srcset', 'loading', 'referrerpolicy', 'sizes']) img.removeAttribute(name);
    if (path) {
      img.setAttribute('src', path);
      if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
    } else {
      // Not in the book: a link to where it was, labelled with its description.
      const link = holder.ownerDocument.createElement('a');
      if (/^https?:/i.test(src)) link.setAttribute('href', src);
      link.textContent = `[${img.getAttribute('alt') || 'image'}]`;
      img.replaceWith(link);
    }
  }
  for (const a of Array.from(holder.querySelectorAll('a'))) {
    a.removeAttribute('target');
    a.removeAttribute('rel');
  }
  const serializer = new (doc.defaultView?.XMLSerializer ?? XMLSerializer)();
  const bodyXhtml = Array.from(holder.childNodes)
    .map((node) => serializer.serializeToString(node))
    .join('')
    .replace(/&nbsp;/g, '&#160;'); // some serialisers keep HTML's named entity; XML knows only five
  const meta = [article.byline, article.siteName, article.publishedTime ? formatDate(article.publishedTime, locale) : '', article.url]
    .filter(Boolean)
    .join(' · ');
  return { title: article.title, meta, lang: articleLang(article), bodyXhtml };
}
