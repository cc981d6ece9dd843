import { FORM_FIELDS, isSkippedElement, isTextAttribute, TEXT_ATTRIBUTES } from './skip-rules';

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
    if (isCandidateText(el.getAttribute(name)) && isTextAttribute(el, name)) into.attrs.push({ el, name });
  }
}

/**
 * Walks `start` (an element, a shadow root or a document) in document order with a
 * TreeWalker, descending into open shadow roots and walkable frames, and applying
 * the skip rules to whole subtrees. The walker has no filter callback: stepping it by
 * hand avoids a call from the browser into JavaScript for every node.
 */
export function collect(start: Node, into: Collected = emptyCollected()): Collected {
  for (const _part of walkInParts(start, Infinity, into));
  return into;
}

/**
 * The same walk, handed over in parts of about `maxNodes` nodes each, so that a whole-page pass
 * can let the page run between them. The walk goes on from where it stopped: nodes the page
 * inserts meanwhile further on are met in their turn. The last part may be empty.
 */
export function collectInParts(start: Node, maxNodes: number): Generator<Collected, void, void> {
  return walkInParts(start, maxNodes, emptyCollected());
}

function* walkInParts(start: Node, maxNodes: number, first: Collected): Generator<Collected, void, void> {
  let into = first;
  const doc = start.nodeType === 9 ? (start as Document) : start.ownerDocument;
  if (start.nodeType === 3) {
    if (isCandidateText(start.nodeValue)) into.texts.push(start as Text);
  } else if (doc && (start.nodeType !== 1 || visitElement(start as Element, into))) {
    const walker = doc.createTreeWalker(start, 0x1 | 0x4); // elements and text
    let descend = true;
    let visited = 0;
    walk: for (;;) {
      let node: Node | null = descend ? walker.firstChild() : null;
      while (!node) {
        node = walker.nextSibling();
        if (!node && !walker.parentNode()) break walk;
      }
      if (node.nodeType === 3) {
        if (CANDIDATE.test(node.nodeValue!)) into.texts.push(node as Text);
        descend = false;
      } else descend = visitElement(node as Element, into);
      if (++visited >= maxNodes) {
        visited = 0;
        yield into;
        into = emptyCollected();
      }
    }
  }
  yield into;
}

/** Collects an element's attributes and its shadow root or frame; false: skip its subtree. */
function visitElement(el: Element, into: Collected): boolean {
  if (isSkippedElement(el)) {
    if (FORM_FIELDS.has(el.tagName) && el.hasAttributes() && !el.closest('[translate="no"],.notranslate')) collectAttributes(el, into);
    return false;
  }
  if (el.hasAttributes()) collectAttributes(el, into);
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
  return true;
}
