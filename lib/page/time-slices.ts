// A page pass over a huge page is cut into slices with a yield to the page between them, so
// Qingwen never holds the main thread for long (the Long Tasks API counts 50 ms). Slices follow
// document order: the top of the page, where the reader is, comes first.
import type { Collected } from '@/lib/dom/walk';

/** A few ms of repair, conversion and writing each on the 2-core reference machine. */
export const SLICE_CHARS = 8_000;
export const SLICE_NODES = 500;

interface Pending {
  pendingTexts(found: Collected): Text[];
}

/**
 * A session's first slice is a quarter of the others: the engine's code has not run yet, and
 * runs 3-5 times slower per character until the JIT has seen it.
 */
export const COLD_SLICE_SHARE = 4;

/**
 * `found` cut into slices of bounded text; a small pass is one slice, returned as it is.
 * `cold`: nothing was written yet in this realm, so the first slice is smaller.
 */
export function sliceCollected(found: Collected, rewriter?: Pending, cold = false): Collected[] {
  const texts = rewriter ? rewriter.pendingTexts(found) : found.texts;
  const slices: Collected[] = [];
  let current: Collected = { texts: [], attrs: found.attrs, roots: found.roots };
  let chars = 0;
  const share = () => (cold && slices.length === 0 ? COLD_SLICE_SHARE : 1);
  for (const node of texts) {
    if (current.texts.length >= SLICE_NODES / share() || chars >= SLICE_CHARS / share()) {
      slices.push(current);
      current = { texts: [], attrs: [], roots: [] };
      chars = 0;
    }
    current.texts.push(node);
    chars += node.length;
  }
  slices.push(current);
  return slices;
}

/** Lets the page run (input, its own scripts, a frame) before the next slice. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
