// What a batch of page changes gives the session to look at.
import type { DirtyBatch } from '@/lib/dom/observer';
import { FORM_FIELDS, isInSkippedSubtree } from '@/lib/dom/skip-rules';
import { collect, collectAttributes, emptyCollected, type Collected } from '@/lib/dom/walk';

/**
 * The changed nodes' texts and attributes. (After a burst or a single-page-app navigation the
 * session goes over the whole page instead, part by part.)
 */
export function collectDirty(batch: DirtyBatch): Collected {
  const found = emptyCollected();
  for (const node of batch.nodes) {
    if (!isInSkippedSubtree(node)) collect(node, found);
    else if (isShownFormField(node)) collectAttributes(node, found);
  }
  for (const el of batch.attrElements) if (!isInSkippedSubtree(el) || isShownFormField(el)) collectAttributes(el, found);
  return found;
}

/**
 * A form field is skipped for what it holds (the reader's input), not for its placeholder, title
 * or caption, as in the walker: a <textarea placeholder> the parser inserted after the first pass
 * (a comment box on a news page) stayed in the page's script.
 */
function isShownFormField(node: Node): node is Element {
  if (node.nodeType !== 1 || !FORM_FIELDS.has((node as Element).tagName)) return false;
  const parent = (node as Element).parentElement;
  return !(parent && isInSkippedSubtree(parent)) && !(node as Element).closest('[translate="no"],.notranslate');
}
