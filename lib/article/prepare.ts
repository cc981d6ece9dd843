// Qingwen's own pass over the page clone before Readability reads it. Readability's heuristics
// are tuned for English pages; these steps remove what misleads them on Chinese news sites,
// without forking it: each is a plain DOM change on the clone.
import { hanCount, visibleLength } from './cjk';
import { resolveLazyImages } from './lazy-images';

/** Never article text, yet Readability scores their contents (a gallery's <textarea> of HTML won netease). */
const NEVER_CONTENT = 'textarea, select, template, button, input, [aria-hidden="true"]:not(img):not(picture)';

/** Hidden only until a "read more" click: the rest of the article, not page furniture. */
const CONTINUATION = /continue|read-?more|more-content|expand|unfold|collapse|full-?text|rest/i;

function revealContinuations(root: Element): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[style*="display"]'))) {
    if (!/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) continue;
    if (!CONTINUATION.test(`${el.className} ${el.id}`)) continue;
    const paragraphs = Array.from(el.querySelectorAll('p')).filter((p) => hanCount(p.textContent ?? '') >= 20);
    if (paragraphs.length) el.setAttribute('style', (el.getAttribute('style') ?? '').replace(/display\s*:\s*none\s*;?/gi, ''));
  }
}

interface TextStats {
  /** Visible characters. */
  text: number;
  /** Visible characters inside links. */
  linked: number;
  /** Holds a real paragraph: long, punctuated, mostly unlinked. Such a block is never a link list. */
  prose: boolean;
}

const LIST_LIKE = new Set(['UL', 'OL', 'NAV', 'ASIDE', 'SECTION', 'DIV']);
const BLOCK_CHILDREN = new Set(['A', 'DIV', 'P', 'UL', 'OL', 'LI', 'SECTION', 'ARTICLE']);

/**
 * Lists of links are navigation or "related stories", even when every link is a long Chinese
 * headline (Readability only weighs link density against text, and a 30-character headline
 * reads like a sentence to it). An item may add a short summary; the list still goes.
 * One pass, innermost first, so a wrapper is judged by what is left once its lists are gone.
 */
function dropLinkLists(el: Element, insideLink = false): TextStats {
  const stats: TextStats = { text: 0, linked: 0, prose: false };
  const items: TextStats[] = [];
  let ownText = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) {
      const length = visibleLength(child.nodeValue);
      stats.text += length;
      if (insideLink) stats.linked += length;
      ownText += child.nodeValue ?? '';
    } else if (child.nodeType === 1) {
      const element = child as Element;
      const inner = dropLinkLists(element, insideLink || element.tagName === 'A');
      if (!element.isConnected && !el.contains(element)) continue; // removed as a link list
      stats.text += inner.text;
      stats.linked += inner.linked;
      stats.prose ||= inner.prose;
      if (inner.text > 0) items.push(inner);
      if (!BLOCK_CHILDREN.has(element.tagName) && !insideLink) ownText += element.textContent ?? '';
    }
  }
  if (!insideLink && hanCount(ownText) >= 80 && /[，。；！？]/.test(ownText)) stats.prose = true;
  if (LIST_LIKE.has(el.tagName) && !el.closest('p, td, figure') && isLinkList(el, stats, items)) {
    el.remove();
    return { text: 0, linked: 0, prose: false };
  }
  return stats;
}

function isLinkList(el: Element, stats: TextStats, items: TextStats[]): boolean {
  if (el.tagName === 'NAV') return true;
  if (stats.prose || items.length < 3 || !stats.text) return false;
  const linkish = items.filter((item) => item.linked / item.text >= 0.5);
  return linkish.length >= items.length * 0.8 && stats.linked / stats.text >= 0.5;
}

export function prepareForReadability(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(NEVER_CONTENT))) el.remove();
  revealContinuations(body);
  resolveLazyImages(body);
  for (const child of Array.from(body.children)) dropLinkLists(child);
}
