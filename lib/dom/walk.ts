import { FORM_FIELDS, isSkippedElement, TEXT_ATTRIBUTES } from './skip-rules';

/** A reader-visible attribute on one element. */
export interface AttrRef {
  el: Element;
  name: string;
}

export type ScanRoot = Document | ShadowRoot;

/** What one walk found: text nodes and attributes worth looking at, and every root crossed. */
export interface Collected {
  texts: Text[];
  attrs: AttrRef[];
  /** Shadow roots and frame documents reached, so the observer can watch them too. */
  roots: ScanRoot[];
}

/**
 * Text that could need work: anything non-ASCII (Han, mojibake, U+FFFD) or one of
 * the ASCII artefacts the engine repairs. Pure-ASCII text is never touched, which
 * keeps English navigation, numbers and whitespace out of every batch.
 */
const CANDIDATE = /[^\x00-\x7f]|_x00|&amp;/;

export function isCandidateText(value: string | null): boolean {
  return value !== null && CANDIDATE.test(value);
}

export function emptyCollected(): Collected {
  return { texts: [], attrs: [], roots: [] };
}

/**
 * Frames whose document the content script does not reach on its own (about:blank,
 * srcdoc): the parent walks them. http(s) frames run their own content script, so
 * walking them here too would convert them twice.
 */
export function frameDocumentToWalk(frame: Element): Document | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    if (!doc?.documentElement) return null;
    return /^https?:/.test(doc.location?.href ?? '') ? null : doc;
  } catch {
    return null; // cross-origin
  }
}

/** The reader-visible attributes of one element (an attribute-only mutation). */
export function collectAttributes(el: Element, into: Collected) {
  for (const name of TEXT_ATTRIBUTES) {
    if (isCandidateText(el.getAttribute(name))) into.attrs.push({ el, name });
  }
}

/**
 * Walks `start` (an element, a shadow root or a document) in document order with a
 * TreeWalker, descending into open shadow roots and walkable frames, and applying
 * the skip rules to whole subtrees.
 */
export function collect(start: Node, into: Collected = emptyCollected()): Collected {
  if (start.nodeType === 3) {
    if (isCandidateText(start.nodeValue)) into.texts.push(start as Text);
    return into;
  }
  const doc = start.nodeType === 9 ? (start as Document) : start.ownerDocument;
  if (!doc) return into;
  const filter = (node: Node): number => {
    if (node.nodeType === 3) return isCandidateText(node.nodeValue) ? 1 : 3; // ACCEPT : SKIP
    const el = node as Element;
    if (isSkippedElement(el)) {
      if (FORM_FIELDS.has(el.tagName) && !el.closest('[translate="no"],.notranslate')) collectAttributes(el, into);
      return 2; // REJECT: the whole subtree
    }
    collectAttributes(el, into);
    if (el.shadowRoot) {
      into.roots.push(el.shadowRoot);
      collect(el.shadowRoot, into);
    }
    if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
      const frameDoc = frameDocumentToWalk(el);
      if (frameDoc) {
        into.roots.push(frameDoc);
        collect(frameDoc, into);
      }
    }
    return 3; // SKIP the element itself, keep walking its children
  };
  // The start element itself is not offered to the filter by TreeWalker.
  if (start.nodeType === 1) {
    const result = filter(start);
    if (result === 2) return into;
  }
  const walker = doc.createTreeWalker(start, 0x1 | 0x4, { acceptNode: filter });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) into.texts.push(node as Text);
  return into;
}
