// What a batch of page changes gives the session to look at.
import type { DirtyBatch } from '@/lib/dom/observer';
import { isInSkippedSubtree } from '@/lib/dom/skip-rules';
import { collect, collectAttributes, emptyCollected, type Collected } from '@/lib/dom/walk';

/**
 * The changed nodes' texts and attributes. (After a burst or a single-page-app navigation the
 * session goes over the whole page instead, part by part.)
 */
export function collectDirty(batch: DirtyBatch): Collected {
  const found = emptyCollected();
  for (const node of batch.nodes) if (!isInSkippedSubtree(node)) collect(node, found);
  for (const el of batch.attrElements) if (!isInSkippedSubtree(el)) collectAttributes(el, found);
  return found;
}
