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
    if (node.nodeValue === value || !store.mayWriteText(node)) continue;
    store.noteText(node, source, value);
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
