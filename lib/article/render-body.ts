// The reader's body: the stored (sanitised) copy with its highlights as <mark>, optionally shown
// in another script. Each stored text node is converted piece by piece, cut at highlight edges,
// so marks sit exactly on their text in every script; `segments` maps every shown text node
// back to the stored text for new highlights.
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

export function renderBody(
  sanitizedHtml: string,
  doc: Document,
  highlights: readonly Highlight[],
  convert: (text: string) => string = (text) => text,
): RenderedBody {
  const root = doc.createElement('div');
  // Parsed inertly (no image loads or scripts while parsing), then adopted.
  const inert = doc.implementation.createHTMLDocument('').createElement('div');
  inert.innerHTML = sanitizedHtml;
  root.append(...Array.from(inert.childNodes).map((node) => doc.adoptNode(node)));
  const texts: string[] = [];
  const segments = new Map<Text, Segment>();
  textNodesOf(root).forEach((node, index) => {
    const text = node.nodeValue ?? '';
    texts.push(text);
    const pieces = segmentsOf(index, text, highlights);
    if (pieces.length === 1 && !pieces[0].highlight) {
      node.nodeValue = convert(text);
      segments.set(node, pieces[0]);
      return;
    }
    const parts = pieces.map((segment) => {
      const shown = doc.createTextNode(convert(text.slice(segment.start, segment.end)));
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
