// The article body with its highlights, in the script chosen for reading. Rendered into the
// DOM by hand (render-body.ts), because a new highlight needs to know which stored text each
// shown text node came from.
import { useEffect, useRef } from 'preact/hooks';
import type { Highlight } from '@/lib/article/types';
import { renderBody, type RenderedBody } from '@/lib/article/render-body';
import { storedOffset } from '@/lib/article/highlights';

export interface SelectedSpan {
  node: number;
  start: number;
  end: number;
  text: string;
}

interface Props {
  sanitizedHtml: string;
  highlights: readonly Highlight[];
  convert: (text: string) => string;
  /** The page's own text per stored text node, when the view reads from it. */
  ownTexts: readonly (string | null)[] | null;
  lang: string;
  /** Lets the parent ask for the current selection as stored offsets. */
  selectionRef: { current: (() => SelectedSpan | null) | null };
}

function selectedSpan(rendered: RenderedBody, container: HTMLElement): SelectedSpan | null {
  const selection = container.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  // The first and last shown text nodes the selection touches (its ends may sit between elements).
  const touched = Array.from(rendered.segments.keys()).filter((text) => container.contains(text) && range.intersectsNode(text));
  if (!touched.length) return null;
  const first = touched[0];
  const last = touched[touched.length - 1];
  const start: [Text, number] = [first, first === range.startContainer ? range.startOffset : 0];
  const end: [Text, number] = [last, last === range.endContainer ? range.endOffset : last.length];
  const startSegment = rendered.segments.get(start[0]);
  const endSegment = rendered.segments.get(end[0]);
  if (!startSegment) return null;
  const node = startSegment.node;
  const from = storedOffset(startSegment, start[1], start[0].length);
  // A highlight stays within one stored text node: a selection running on is cut at its end.
  const to = endSegment && endSegment.node === node ? storedOffset(endSegment, end[1], end[0].length) : rendered.texts[node].length;
  const text = rendered.texts[node].slice(from, to);
  return to > from && text.trim() ? { node, start: from, end: to, text } : null;
}

export function ReaderBody({ sanitizedHtml, highlights, convert, ownTexts, lang, selectionRef }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = container.current;
    if (!target) return;
    const rendered = renderBody(sanitizedHtml, target.ownerDocument, highlights, convert, ownTexts);
    target.replaceChildren(...Array.from(rendered.root.childNodes));
    selectionRef.current = () => selectedSpan(rendered, target);
    return () => {
      selectionRef.current = null;
    };
  }, [sanitizedHtml, highlights, convert, ownTexts]);
  return <div class="reader-body" lang={lang} data-testid="reader-body" ref={container} />;
}
