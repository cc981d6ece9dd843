// One-off conversions the user asks for from the context menu: the selected text, or
// the text in the focused input box. They go through the session's store, so turning
// Qingwen off puts selected text back too; a field's value is the user's own and stays.
import { isInSkippedSubtree } from '@/lib/dom/skip-rules';
import type { TextWrite } from '@/lib/dom/rewrite';
import type { Converter } from '@/lib/engine/types';
import type { PageRewriter } from './page-rewriter';

/** Writes for the selected part of every text node in the selection. */
export function selectionWrites(doc: Document, converter: Converter, rewriter: PageRewriter): TextWrite[] {
  const selection = doc.getSelection();
  const writes: TextWrite[] = [];
  for (let r = 0; selection && r < selection.rangeCount; r++) {
    const range = selection.getRangeAt(r);
    for (const node of textNodesIn(doc, range)) {
      if (isInSkippedSubtree(node)) continue;
      const value = node.nodeValue ?? '';
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : value.length;
      if (end <= start) continue;
      const converted = value.slice(0, start) + converter.convert(value.slice(start, end)) + value.slice(end);
      if (converted !== value) writes.push({ node, source: rewriter.store.sourceOfText(node), value: converted });
    }
  }
  return writes;
}

function textNodesIn(doc: Document, range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const walker = doc.createTreeWalker(root, 0x4, {
    acceptNode: (node) => (range.intersectsNode(node) ? 1 : 3),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/**
 * Converts the text of the focused input, textarea or contenteditable editor and tells the
 * page's scripts with an input event. The caret stays where it was (clamped to the new text).
 */
export function convertFocusedField(doc: Document, converter: Converter): boolean {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return false;
  const field = active as HTMLInputElement | HTMLTextAreaElement;
  if ((active.tagName === 'INPUT' || active.tagName === 'TEXTAREA') && typeof field.value === 'string') {
    const value = converter.convert(field.value);
    if (value === field.value) return false;
    const { selectionStart, selectionEnd } = field;
    field.value = value;
    if (selectionStart !== null && selectionEnd !== null) {
      field.setSelectionRange(Math.min(selectionStart, value.length), Math.min(selectionEnd, value.length));
    }
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  if ((active as HTMLElement).isContentEditable) return convertEditor(doc, active as HTMLElement, converter);
  return false;
}

/** A contenteditable editor: each of its text nodes converted in place (its markup stays). */
function convertEditor(doc: Document, host: HTMLElement, converter: Converter): boolean {
  const selection = doc.getSelection();
  const anchor = selection?.anchorNode ? { node: selection.anchorNode, offset: selection.anchorOffset } : null;
  const focus = selection?.focusNode ? { node: selection.focusNode, offset: selection.focusOffset } : null;
  const walker = doc.createTreeWalker(host, 0x4);
  let changed = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const converted = converter.convert(value);
    if (converted === value) continue;
    node.nodeValue = converted;
    changed = true;
  }
  if (!changed) return false;
  const clamp = (point: { node: Node; offset: number }) => Math.min(point.offset, point.node.nodeType === 3 ? (point.node.nodeValue ?? '').length : point.node.childNodes.length);
  if (selection && anchor && focus && host.contains(anchor.node) && host.contains(focus.node)) {
    selection.setBaseAndExtent(anchor.node, clamp(anchor), focus.node, clamp(focus));
  }
  host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
  return true;
}
