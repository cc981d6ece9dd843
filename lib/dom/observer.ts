// Follows a page that changes itself: one MutationObserver per root (document,
// shadow roots, walked frames), records merged and handed over once per frame or
// idle period. Qingwen's own writes are dropped with takeRecords().
import { TEXT_ATTRIBUTES } from './skip-rules';
import type { ScanRoot } from './walk';

export interface DirtyBatch {
  /** Added or changed nodes, minus those inside another queued node. */
  nodes: Node[];
  /** Elements whose reader-visible attributes changed. */
  attrElements: Element[];
  /** Too much changed at once: walk the roots again instead. */
  rescan: boolean;
}

export interface ObserverOptions {
  onBatch(batch: DirtyBatch): void;
  /** More queued nodes than this turns a batch into a rescan. */
  burst?: number;
  /**
   * True while changes must be handled at once, in the observer's own callback (before the
   * browser can paint them): while the parser is still building the page.
   */
  immediate?(): boolean;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...TEXT_ATTRIBUTES],
};

/** Batches closer together than this count towards the loop guard. */
const LOOP_WINDOW_MS = 1000;
const LOOP_MAX_BATCHES = 30;
const LOOP_BACKOFF_MS = 1000;
const LOOP_SLOW_FOR_MS = 5000;

export class PageObserver {
  private observers = new Map<ScanRoot, MutationObserver>();
  private nodes = new Set<Node>();
  private attrElements = new Set<Element>();
  private scheduled = false;
  private timers: { frame?: number; timeout?: ReturnType<typeof setTimeout> } = {};
  private recent: number[] = [];
  private slowUntil = 0;

  constructor(private options: ObserverOptions) {}

  observe(root: ScanRoot) {
    if (this.observers.has(root)) return;
    // One constructor for all roots: an observer may watch nodes of any same-origin frame.
    const observer = new MutationObserver((records) => this.queue(records));
    observer.observe(root, OBSERVE);
    this.observers.set(root, observer);
  }

  /**
   * Runs Qingwen's own writes unobserved: the page's records so far are kept, the observers
   * are off while `write` runs, then on again. Cheaper than dropping a record per write
   * afterwards (a huge page is tens of thousands of writes).
   */
  unobserved<T>(write: () => T): T {
    for (const observer of this.observers.values()) this.note(observer.takeRecords());
    for (const observer of this.observers.values()) observer.disconnect();
    try {
      return write();
    } finally {
      for (const [root, observer] of this.observers) observer.observe(root, OBSERVE);
      if (this.nodes.size || this.attrElements.size) this.schedule();
    }
  }

  /** Call right after writing: the records are Qingwen's own and are dropped. */
  ignoreOwnWrites() {
    for (const observer of this.observers.values()) observer.takeRecords();
  }

  disconnect() {
    for (const observer of this.observers.values()) observer.disconnect();
    this.observers.clear();
    this.nodes.clear();
    this.attrElements.clear();
    if (this.timers.frame !== undefined) cancelAnimationFrame(this.timers.frame);
    clearTimeout(this.timers.timeout);
    this.timers = {};
    this.scheduled = false;
  }

  private queue(records: MutationRecord[]) {
    this.note(records);
    if (!this.nodes.size && !this.attrElements.size) return;
    if (this.options.immediate?.() && !this.slowed()) {
      this.scheduled = true;
      this.flush();
    } else this.schedule();
  }

  private note(records: MutationRecord[]) {
    for (const record of records) {
      if (record.type === 'characterData') this.nodes.add(record.target);
      else if (record.type === 'attributes') this.attrElements.add(record.target as Element);
      // Nodes put into a node already queued are walked with it (the parser fills each new
      // element right after inserting it): skipping them halves the work of a parsed page.
      else if (!this.nodes.has(record.target)) record.addedNodes.forEach((node) => this.nodes.add(node));
    }
  }

  private slowed() {
    return performance.now() < this.slowUntil;
  }

  private schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    const now = performance.now();
    this.recent = this.recent.filter((t) => now - t < LOOP_WINDOW_MS);
    this.recent.push(now);
    // A page that reacts to every write with another change would keep us busy forever:
    // once it trips the limit, batches come at most once a second for a while.
    if (this.recent.length > LOOP_MAX_BATCHES) this.slowUntil = now + LOOP_SLOW_FOR_MS;
    const delay = now < this.slowUntil ? LOOP_BACKOFF_MS : 100;
    const run = () => this.flush();
    // requestAnimationFrame stops in background tabs; the timeout keeps them moving.
    if (delay < LOOP_BACKOFF_MS && typeof requestAnimationFrame === 'function') this.timers.frame = requestAnimationFrame(run);
    this.timers.timeout = setTimeout(run, delay);
  }

  private flush() {
    if (!this.scheduled) return;
    this.scheduled = false;
    if (this.timers.frame !== undefined) cancelAnimationFrame(this.timers.frame);
    clearTimeout(this.timers.timeout);
    this.timers = {};
    const burst = this.options.burst ?? 20_000;
    const queued = this.nodes;
    const nodes = queued.size > burst ? [] : [...queued].filter((node) => node.isConnected && !hasQueuedAncestor(node, queued));
    const batch: DirtyBatch = {
      nodes,
      attrElements: [...this.attrElements].filter((el) => el.isConnected),
      rescan: queued.size > burst,
    };
    this.nodes = new Set();
    this.attrElements = new Set();
    this.options.onBatch(batch);
  }
}

function hasQueuedAncestor(node: Node, queued: Set<Node>): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (queued.has(p)) return true;
  return false;
}
