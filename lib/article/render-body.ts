// The reader's body: the stored (sanitised) copy with its highlights as <mark>, optionally shown
// in another script, from the copy or from the page's own text kept beside it (node for node).
// Each stored text node is converted piece by piece, cut at highlight edges, so marks sit
// exactly on their text in every script; `segments` maps every shown text node back to the
// stored text for new highlights.
import type { Highlight } from '@/lib/article/types';
import { segmentsOf, type Segment } from './highlights';

export interface RenderedBody {
  root: HTMLElement;
  /** The stored text of each text node, in document order (what Highlight.node counts). */
  texts: string[];
  segments: Map<Text, Segment>;
}

export function textNodesOf(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const out: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/**
 * Offset `offset` of stored text `stored` in the page's own text `own` for the same node: the
 * same where conversion kept the length, else proportional (ends stay exact).
 */
function ownOffset(stored: string, own: string, offset: number): number {
  return own.length === stored.length || stored.length === 0 ? offset : Math.round((offset * own.length) / stored.length);
}

/** The page's own text for stored span [start, end) of a node (its stored text `stored`, own text `own`). */
export function ownSpan(stored: string, own: string | null, start: number, end: number): string {
  const source = own ?? stored;
  return source.slice(ownOffset(stored, source, start), ownOffset(stored, source, end));
}

export function renderBody(
  sanitizedHtml: string,
  doc: Document,
  highlights: readonly Highlight[],
  convert: (text: string) => string = (text) => text,
  /** The page's own text per stored text node (null: the stored one); ignored unless it fits node for node. */
  ownTexts: readonly (string | null)[] | null = null,
): RenderedBody {
  const root = doc.createElement('div');
  // Parsed inertly (no image loads or scripts while parsing), then adopted.
  const inert = doc.implementation.createHTMLDocument('').createElement('div');
  inert.innerHTML = sanitizedHtml;
  root.append(...Array.from(inert.childNodes).map((node) => doc.adoptNode(node)));
  const texts: string[] = [];
  const segments = new Map<Text, Segment>();
  const nodes = textNodesOf(root);
  const own = ownTexts && ownTexts.length === nodes.length ? ownTexts : null;
  nodes.forEach((node, index) => {
    const text = node.nodeValue ?? '';
    texts.push(text);
    const source = own?.[index] ?? text;
    const pieces = segmentsOf(index, text, highlights);
    if (pieces.length === 1 && !pieces[0].highlight) {
      node.nodeValue = convert(source);
      segments.set(node, pieces[0]);
      return;
    }
    const parts = pieces.map((segment) => {
      const shown = doc.createTextNode(convert(ownSpan(text, source, segment.start, segment.end)));
      segments.set(shown, segment);
      if (!segment.highlight) return shown;
      const mark = doc.createElement('mark');
      mark.dataset.highlight = segment.highlight.id;
      if (segment.highlight.note.trim()) mark.title = segment.highlight.note.trim();
      mark.append(shown);
      return mark;
    });
    node.replaceWith(...parts);
  });
  return { root, texts, segments };
}

/** The copy as the reader view shows it: the script chosen, from the page's own text where kept. */
export interface ShownCopy {
  convert: (text: string) => string;
  ownTexts: readonly (string | null)[] | null;
  title: string;
  byline: string | null;
  lang: string;
}

/** A highlight's words as shown (`stored`: the stored texts of the body's nodes, as renderBody gives them). */
export function shownHighlightText(h: Highlight, stored: readonly string[], shown: Pick<ShownCopy, 'convert' | 'ownTexts'>): string {
  const own = shown.ownTexts && shown.ownTexts.length === stored.length ? shown.ownTexts[h.node] ?? null : null;
  return shown.convert(stored[h.node] === undefined ? h.text : ownSpan(stored[h.node], own, h.start, h.end));
}
