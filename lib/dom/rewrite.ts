// The only place Qingwen writes to a page. Values go into Text.nodeValue and
// attributes in place (never new nodes: frameworks such as React keep references to
// text nodes), only where they change, all in one synchronous batch so layout runs once.
import type { OriginalStore } from './originals';
import type { AttrRef } from './walk';

export interface TextWrite {
  node: Text;
  /** The page's own text the value was computed from. */
  source: string;
  value: string;
}

export interface AttrWrite {
  ref: AttrRef;
  source: string | null;
  value: string | null;
}

/** Writes every change at once; returns how many nodes and attributes changed. */
export function applyWrites(store: OriginalStore, texts: readonly TextWrite[], attrs: readonly AttrWrite[] = []): number {
  let changed = 0;
  for (const { node, source, value } of texts) {
    if (node.nodeValue === value || !store.noteText(node, source, value)) continue;
    node.nodeValue = value;
    changed++;
  }
  for (const { ref, source, value } of attrs) {
    if (ref.el.getAttribute(ref.name) === value) continue;
    store.noteAttr(ref, source, value);
    if (value === null) ref.el.removeAttribute(ref.name);
    else ref.el.setAttribute(ref.name, value);
    changed++;
  }
  return changed;
}

/**
 * A page pass's text writes, as parallel arrays so that thousands of nodes cost no object
 * each and no second read of their value: `nodes[i]` shows `current[i]`, which came from
 * the page's own `sources[i]`, and should show `values[i]`. Same rules as applyWrites.
 * `current` is updated in place to what each node shows afterwards.
 */
export function writeTextBatch(
  store: OriginalStore,
  nodes: readonly Text[],
  current: string[],
  sources: readonly string[],
  values: readonly string[],
): number {
  let changed = 0;
  for (let i = 0; i < nodes.length; i++) {
    const value = values[i];
    if (current[i] === value) {
      // A copy of a text Qingwen wrote: nothing to write, but off must give its source back.
      if (sources[i] !== value && !store.holdsOurText(nodes[i])) store.noteText(nodes[i], sources[i], value);
      continue;
    }
    if (!store.noteText(nodes[i], sources[i], value)) continue;
    nodes[i].nodeValue = value;
    current[i] = value;
    changed++;
  }
  return changed;
}

/** BCP 47 tag for the script a text was converted to. */
export function langTagFor(traditional: boolean): string {
  return traditional ? 'zh-Hant' : 'zh-Hans';
}

/**
 * The `lang` writes that go with a conversion: the root element of each document,
 * plus every element that already declared a Chinese `lang`, so screen readers and
 * fonts follow the new script. Other languages' lang attributes are left alone.
 */
export function langWrites(store: OriginalStore, roots: readonly ParentNode[], lang: string): AttrWrite[] {
  const writes: AttrWrite[] = [];
  const seen = new Set<Element>();
  const add = (el: Element) => {
    if (seen.has(el)) return;
    seen.add(el);
    const ref = { el, name: 'lang' };
    writes.push({ ref, source: store.sourceOfAttr(ref), value: lang });
  };
  for (const root of roots) {
    if (root.nodeType === 9) add((root as Document).documentElement);
    root.querySelectorAll('[lang]').forEach((el) => {
      if (/^zh\b/i.test(store.sourceOfAttr({ el, name: 'lang' }) ?? '')) add(el);
    });
  }
  return writes;
}
