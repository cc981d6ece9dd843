// Turns found nodes into writes: reads each node's own text (through a redecoded
// base if the page's bytes were decoded again), runs the plan, writes what changed.
import { applyWrites, writeTextBatch, type AttrWrite } from '@/lib/dom/rewrite';
import { OriginalStore } from '@/lib/dom/originals';
import type { AttrRef, Collected } from '@/lib/dom/walk';
import type { RepairReport } from '@/lib/engine/types';
import type { TextEngine } from './text-engine';
import { runPlan, type TextPlan } from './text-plan';

/** A text the page held (garbled) and the text its re-decoded bytes give. */
export interface BaseFix {
  from: string;
  to: string;
}

export class PageRewriter {
  readonly store = new OriginalStore();
  /** Value of each node when it was last handled, so nothing is converted twice. */
  private examined = new WeakMap<Text, string>();
  readonly textBase = new WeakMap<Text, BaseFix>();
  readonly attrBase = new WeakMap<Element, Map<string, BaseFix>>();

  constructor(private engine: TextEngine) {}

  /** The text to work from: the page's own, or its re-decoded form. */
  baseOfText(node: Text, own = this.store.sourceOfText(node)): string {
    const fix = this.textBase.get(node);
    return fix && fix.from === own ? fix.to : own;
  }

  baseOfAttr(ref: AttrRef): string | null {
    const own = this.store.sourceOfAttr(ref);
    const fix = this.attrBase.get(ref.el)?.get(ref.name);
    return fix && fix.from === own ? fix.to : own;
  }

  /** Nodes found but not handled yet in their current value. */
  pendingTexts(found: Collected): Text[] {
    return this.pending(found).nodes;
  }

  /** Runs `plan` over what was found and writes the changes in one batch. */
  rewrite(plan: TextPlan, found: Collected): { changed: number; report: RepairReport; strays: number } {
    // Each node's value is read once here and carried along: every read crosses into the browser.
    const { nodes, values } = this.pending(found);
    const attrs = found.attrs; // few, and recomputed from their base each time
    const owns: string[] = [];
    const sources: string[] = [];
    for (let i = 0; i < nodes.length; i++) {
      owns.push(this.store.sourceOfText(nodes[i], values[i]));
      sources.push(this.baseOfText(nodes[i], owns[i]));
    }
    for (const ref of attrs) sources.push(this.baseOfAttr(ref) ?? '');
    const { outputs, report, strays } = runPlan(this.engine, plan, sources);
    let changed = writeTextBatch(this.store, nodes, values, owns, outputs);
    const attrWrites: AttrWrite[] = attrs.map((ref, i) => ({
      ref,
      source: this.store.sourceOfAttr(ref),
      value: outputs[nodes.length + i],
    }));
    changed += applyWrites(this.store, [], attrWrites);
    // `values` now holds what each node shows after the batch.
    for (let i = 0; i < nodes.length; i++) this.examined.set(nodes[i], values[i]);
    return { changed, report, strays };
  }

  /** The found nodes whose current value was not handled yet, with that value. */
  private pending(found: Collected): { nodes: Text[]; values: string[] } {
    const nodes: Text[] = [];
    const values: string[] = [];
    for (const node of found.texts) {
      const value = node.nodeValue ?? '';
      if (this.examined.get(node) === value) continue;
      nodes.push(node);
      values.push(value);
    }
    return { nodes, values };
  }

  /**
   * Each node's text as the page has it, repaired but not converted (for a saved article's
   * original beside its converted copy). Nodes Qingwen never wrote to show the page's own text.
   */
  repairedTexts(plan: TextPlan | null, nodes: readonly Text[]): string[] {
    const out: string[] = [];
    const written: number[] = [];
    const bases: string[] = [];
    nodes.forEach((node, i) => {
      const now = node.nodeValue ?? '';
      const own = this.store.sourceOfText(node, now);
      out.push(now);
      if (own === now) return;
      written.push(i);
      bases.push(this.baseOfText(node, own));
    });
    if (!bases.length) return out;
    const repairOnly: TextPlan = { repair: plan?.repair ?? false, pinyinPage: plan?.pinyinPage, converter: null };
    const { outputs } = runPlan(this.engine, repairOnly, bases);
    written.forEach((index, k) => (out[index] = outputs[k]));
    return out;
  }

  /** Records nodes as handled in their current value (written from outside the plan). */
  markExamined(nodes: readonly Text[]) {
    for (const node of nodes) this.examined.set(node, node.nodeValue ?? '');
  }

  /** Forgets that `node` was handled: its base changed (re-decoded), even if its value did not. */
  forgetText(node: Text) {
    this.examined.delete(node);
  }

  /** Forgets what was handled, so the next pass looks at every node again (a new plan). */
  forgetExamined() {
    this.examined = new WeakMap();
  }

  /** Puts every node Qingwen changed back, and forgets what was handled. */
  revert(): number {
    this.examined = new WeakMap();
    return this.store.revert();
  }
}
