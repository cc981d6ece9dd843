// Client-rendered pages (Next.js and the like) may ship the article only as data for their
// scripts: <script id="__NEXT_DATA__"> JSON or JSON-LD's articleBody. When the rendered DOM holds
// no article, the body is taken from there, but only a text that opens like the page's own
// description, so a stray string from the site's data never stands in for the article.
import { hanCount } from './cjk';

const DATA_SCRIPTS = 'script#__NEXT_DATA__, script[type="application/json"], script[type="application/ld+json"]';
const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '');

function strings(value: unknown, out: string[], depth = 0): string[] {
  if (depth > 40) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out, depth + 1);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, out, depth + 1);
  return out;
}

function description(doc: Document): string {
  const meta = doc.querySelector('meta[property="og:description"], meta[name="description"], meta[name="twitter:description"]');
  return squash(meta?.getAttribute('content') ?? '').replace(/(\.\.\.|…)+$/, '');
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The article body as HTML from the page's script data, or null. */
export function embeddedBodyHtml(doc: Document): string | null {
  const opening = description(doc).slice(0, 20);
  if (hanCount(opening) < 8) return null;
  let best: string | null = null;
  for (const script of Array.from(doc.querySelectorAll(DATA_SCRIPTS))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const text of strings(data, [])) {
      if (hanCount(text) >= 100 && squash(text).startsWith(opening) && text.length > (best?.length ?? 0)) best = text;
    }
  }
  if (!best) return null;
  if (/<p[\s>]/i.test(best)) return best; // already HTML; sanitised like any body
  return best
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}
