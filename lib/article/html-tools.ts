// Small DOM helpers that work on any Document (page, extension page, happy-dom in tests).

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

/**
 * The reader shows the title above the body; a body that opens with the same heading would
 * show it twice. Only a heading before any other text is dropped, and only if it is the title
 * (page titles often add a site suffix, so the title may merely start with it).
 */
export function dropRepeatedTitle(root: Element, title: string): void {
  const heading = root.querySelector('h1, h2');
  if (!heading) return;
  const squash = (s: string) => s.replace(/\s+/g, '');
  const text = squash(heading.textContent ?? '');
  const before = root.ownerDocument.createRange?.();
  if (before) {
    before.setStart(root, 0);
    before.setEndBefore(heading);
    if (squash(before.toString())) return;
  }
  if (text && squash(title).startsWith(text)) heading.remove();
}
