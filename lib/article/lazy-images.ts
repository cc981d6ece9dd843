// Lazy and responsive images, resolved on the page clone so a saved copy keeps the real picture,
// not the placeholder a lazy loader shows until the image scrolls into view (WeChat's data-src
// behind a 1x1 GIF, jQuery lazyload's data-original behind grey.gif, <noscript> fallbacks).
import { parseFragment } from './html-tools';

/** Attributes lazy loaders keep the real URL in, most specific first. */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-lazyload', 'data-actualsrc', 'data-original-src', 'data-url'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];

/** URLs that are a loader's stand-in, not a picture. */
const PLACEHOLDER = /^data:|^about:blank|(?:^|\/)(?:grey|gray|blank|spacer|transparent|pixel|placeholder|loading|lazy)[\w-]*\.(?:gif|png|svg)/i;

const isPlaceholder = (src: string | null) => !src || !src.trim() || PLACEHOLDER.test(src.trim());
const looksLikeImageUrl = (value: string) => /^(https?:)?\/\/|^\/|\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(value.trim());

interface Candidate {
  url: string;
  /** Width in pixels (w descriptor) or density × 1000 (x descriptor): larger is better. */
  size: number;
}

/** Parses a srcset into its candidates (URLs may contain commas only when not followed by a space). */
export function srcsetCandidates(srcset: string): Candidate[] {
  return srcset
    .split(/,\s+|,(?=[a-z]+:|\/)/i)
    .map((part) => part.trim().split(/\s+/))
    .filter(([url]) => !!url && !isPlaceholder(url))
    .map(([url, descriptor = '1x']) => {
      const value = parseFloat(descriptor);
      const size = Number.isNaN(value) ? 1000 : descriptor.endsWith('w') ? value : value * 1000;
      return { url, size };
    });
}

function bestOf(candidates: Candidate[]): string | null {
  return candidates.reduce<Candidate | null>((best, c) => (!best || c.size > best.size ? c : best), null)?.url ?? null;
}

function resolveImg(img: Element): void {
  const lazy = LAZY_SRC.map((name) => img.getAttribute(name)).find((value) => value && looksLikeImageUrl(value) && !isPlaceholder(value));
  if (lazy) img.setAttribute('src', lazy.trim());
  const srcset = LAZY_SRCSET.map((name) => img.getAttribute(name)).find(Boolean) ?? img.getAttribute('srcset');
  const best = srcset ? bestOf(srcsetCandidates(srcset)) : null;
  if (best && (!lazy || isPlaceholder(img.getAttribute('src')))) img.setAttribute('src', best);
  // The copy shows one chosen picture; a srcset would let the reader's browser fetch others.
  img.removeAttribute('srcset');
  for (const name of [...LAZY_SRC, ...LAZY_SRCSET]) img.removeAttribute(name);
}

/** <picture>: the largest candidate of its sources and its <img>, as a plain <img>. */
function resolvePicture(picture: Element): void {
  const img = picture.querySelector('img');
  const candidates = Array.from(picture.querySelectorAll('source'))
    .filter((source) => !/avif|jxl/i.test(source.getAttribute('type') ?? '')) // not every reader's browser shows these
    .flatMap((source) => srcsetCandidates(source.getAttribute('data-srcset') ?? source.getAttribute('srcset') ?? ''));
  if (img) {
    resolveImg(img);
    const own = img.getAttribute('src');
    if (own && !isPlaceholder(own)) candidates.push({ url: own, size: 0 });
  }
  const best = bestOf(candidates);
  const out = img ?? picture.ownerDocument.createElement('img');
  if (best) out.setAttribute('src', best);
  picture.replaceWith(out);
}

/** An image inside <noscript> replaces the placeholder just before it, or stands in for the noscript. */
function unwrapNoscript(noscript: Element): void {
  // With scripting on, a browser keeps noscript contents as text; an inert parse gives elements.
  const html = noscript.children.length ? noscript.innerHTML : noscript.textContent ?? '';
  if (!/<img/i.test(html)) return;
  const fallback = parseFragment(html, noscript.ownerDocument).querySelector('img');
  if (!fallback || isPlaceholder(fallback.getAttribute('src'))) return;
  const image = noscript.ownerDocument.importNode(fallback, true);
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.tagName === 'IMG' ? previous : previous?.querySelector?.('img');
  if (placeholder && (isPlaceholder(placeholder.getAttribute('src')) || LAZY_SRC.some((name) => placeholder.hasAttribute(name)))) {
    placeholder.replaceWith(image);
    noscript.remove();
  } else {
    noscript.replaceWith(image);
  }
}

export function resolveLazyImages(root: Element): void {
  for (const noscript of Array.from(root.querySelectorAll('noscript'))) unwrapNoscript(noscript);
  for (const picture of Array.from(root.querySelectorAll('picture'))) resolvePicture(picture);
  for (const img of Array.from(root.querySelectorAll('img'))) resolveImg(img);
}
