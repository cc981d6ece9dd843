// Small DOM helpers that work on any Document (page, extension page, happy-dom in tests).
import { foldForSearch } from '@/lib/convert/search-fold';

/** A document that never loads images or runs scripts, for parsing untrusted HTML. */
export function inertDocument(from: Document): Document {
  return from.implementation.createHTMLDocument('');
}

/** Parses `html` into a detached <div> of an inert document. */
export function parseFragment(html: string, from: Document): HTMLElement {
  const div = inertDocument(from).createElement('div');
  div.innerHTML = html;
  return div;
}

/** Rewrites relative href/src to absolute against `base`, so saved copies keep working. */
export function absolutizeUrls(root: Element, base: string): void {
  for (const el of Array.from(root.querySelectorAll('[href], [src]'))) {
    for (const attr of ['href', 'src']) {
      const value = el.getAttribute(attr);
      if (value === null || value.startsWith('#') || /^data:/i.test(value)) continue;
      try {
        el.setAttribute(attr, new URL(value, base).href);
      } catch {
        el.removeAttribute(attr); // unparseable: a dead link is better than a wrong one
      }
    }
  }
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE',
  'PRE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'UL', 'OL', 'TABLE', 'DL', 'DT', 'DD', 'HR']);

/** Readable plain text: one line per block, blank lines between paragraphs. */
export function htmlToText(root: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    else if (node.nodeName === 'BR') out.push('\n');
    else if (node.nodeType === 1) {
      const block = BLOCKS.has(node.nodeName);
      if (block) out.push('\n\n');
      node.childNodes.forEach(walk);
      if (block) out.push('\n\n');
    }
  };
  root.childNodes.forEach(walk);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** Script-blind comparison: <meta> values keep the page's script while the body was converted. */
const folded = (s: string) => squash(foldForSearch(s));

/** True when nothing but whitespace comes before `el` inside `root`. */
function isFirstText(root: Element, el: Element): boolean {
  const range = root.ownerDocument.createRange?.();
  if (!range) return true;
  range.setStart(root, 0);
  range.setEndBefore(el);
  return !squash(range.toString());
}

/**
 * The reader shows the title and byline above the body; a body that opens with them would show
 * them twice. Only an opening element is dropped, and only if it is that text (page titles often
 * add a site suffix, so the title may merely start with the heading).
 */
export function dropRepeatedHeader(root: Element, title: string, byline: string | null): void {
  const heading = root.querySelector('h1, h2');
  const headingText = squash(heading?.textContent ?? '');
  if (heading && headingText && isFirstText(root, heading) && squash(title).startsWith(headingText)) heading.remove();
  if (!byline) return;
  // The element holding the body's first words (Readability wraps everything in a page <div>).
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let node = walker.nextNode();
  while (node && !squash(node.nodeValue ?? '')) node = walker.nextNode();
  const first = node?.parentElement;
  // A byline line often adds a role ("記者 林曉雯"): a short opening line containing the byline goes.
  const firstText = folded(first?.textContent ?? '');
  const name = folded(byline);
  if (first && first !== root && name && firstText.includes(name) && firstText.length <= name.length + 8) first.remove();
}
