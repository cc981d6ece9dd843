// What a batch of page changes gives the session to look at.
import type { DirtyBatch } from '@/lib/dom/observer';
import { isInSkippedSubtree } from '@/lib/dom/skip-rules';
import { collect, collectAttributes, emptyCollected, type Collected } from '@/lib/dom/walk';

/**
 * The changed nodes' texts and attributes; the whole document after a burst or a
 * single-page-app navigation (nodes already handled are filtered out later, so a rescan
 * converts only what is new).
 */
export function collectDirty(doc: Document, batch: DirtyBatch, navigated: boolean): Collected {
  if (batch.rescan || navigated) return collect(doc);
  const found = emptyCollected();
  for (const node of batch.nodes) if (!isInSkippedSubtree(node)) collect(node, found);
  for (const el of batch.attrElements) if (!isInSkippedSubtree(el)) collectAttributes(el, found);
  return found;
}
