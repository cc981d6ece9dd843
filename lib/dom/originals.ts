// What each node held before Qingwen wrote to it, so that turning Qingwen off gives
// back the page byte for byte. Keyed weakly: nodes the page throws away are freed.
// Pages copy text too (a font-size script that rewraps every text node in a new one): a new
// node showing exactly a text Qingwen wrote is taken for a copy of it, so off gives back
// the page's own text there as well.
import type { AttrRef } from './walk';

interface Written {
  /** The page's own value (null: the attribute was absent). */
  original: string | null;
  /** What Qingwen put there. */
  written: string | null;
  /** How often the page changed the node back and Qingwen wrote again (loop guard). */
  rewrites: number;
}

/** Written texts remembered for copies: beyond this a page is huge and copies are left as they are. */
const MAX_COPIES = 100_000;

/** After this many rewrites of one node the page is fighting us: leave it alone. */
const MAX_REWRITES = 8;

export class OriginalStore {
  private texts = new WeakMap<Text, Written>();
  private attrs = new WeakMap<Element, Map<string, Written>>();
  /**
   * Iterable handles for revert; WeakRef so the store never keeps a node alive. An array,
   * not a Set: every handle is new, and pushing skips hashing thousands of them per pass.
   */
  private refs: WeakRef<Node>[] = [];
  private entries = 0;
  /** Each text Qingwen wrote, with the page's text it came from (bounded: a page's worth). */
  private copies = new Map<string, string>();

  /**
   * The page's own text for `node`: its original if it still shows our write, else what it
   * shows now. `now`: the node's value when the caller has already read it (a page pass
   * reads each node once; every read of nodeValue crosses into the browser).
   */
  sourceOfText(node: Text, now: string = node.nodeValue ?? ''): string {
    const rec = this.texts.get(node);
    if (rec) return now === rec.written ? (rec.original ?? '') : now;
    return this.copies.get(now) ?? now;
  }

  sourceOfAttr({ el, name }: AttrRef): string | null {
    const rec = this.attrs.get(el)?.get(name);
    const now = el.getAttribute(name);
    return rec && now === rec.written ? rec.original : now;
  }

  /** True when `node` still shows exactly what Qingwen wrote (our own write, not new page text). */
  holdsOurText(node: Text): boolean {
    const rec = this.texts.get(node);
    return !!rec && node.nodeValue === rec.written;
  }

  holdsOurAttr({ el, name }: AttrRef): boolean {
    const rec = this.attrs.get(el)?.get(name);
    return !!rec && el.getAttribute(name) === rec.written;
  }

  /**
   * Records a write about to be made, in one lookup (a page pass records thousands).
   * False, with nothing recorded, once the page has undone this node's rewrite too many
   * times: the write must then not be made.
   */
  noteText(node: Text, original: string, written: string): boolean {
    if (original !== written && this.copies.size < MAX_COPIES) this.copies.set(written, original);
    const rec = this.texts.get(node);
    if (!rec) {
      this.texts.set(node, { original, written, rewrites: 0 });
      this.track(node);
      return true;
    }
    if (rec.rewrites >= MAX_REWRITES) return false;
    if (rec.original === original && rec.written === written) rec.rewrites++;
    rec.original = original;
    rec.written = written;
    return true;
  }

  noteAttr({ el, name }: AttrRef, original: string | null, written: string | null) {
    let map = this.attrs.get(el);
    if (!map) {
      this.attrs.set(el, (map = new Map()));
      this.track(el);
    }
    const rec = map.get(name);
    if (rec) {
      rec.original = original;
      rec.written = written;
    } else map.set(name, { original, written, rewrites: 0 });
  }

  get size() {
    return this.entries;
  }

  /**
   * Puts the page's own values back wherever the node still shows what Qingwen wrote;
   * nodes the page has changed since keep the page's newer value. Returns nodes restored.
   */
  revert(): number {
    let restored = 0;
    for (const ref of this.refs) {
      const node = ref.deref();
      if (!node) continue;
      if (node.nodeType === 3) {
        const rec = this.texts.get(node as Text);
        if (rec && node.nodeValue === rec.written) {
          node.nodeValue = rec.original;
          restored++;
        }
        this.texts.delete(node as Text);
      } else {
        const el = node as Element;
        for (const [name, rec] of this.attrs.get(el) ?? []) {
          if (el.getAttribute(name) !== rec.written) continue;
          if (rec.original === null) el.removeAttribute(name);
          else el.setAttribute(name, rec.original);
          restored++;
        }
        this.attrs.delete(el);
      }
    }
    this.refs = [];
    this.entries = 0;
    this.copies.clear();
    return restored;
  }

  private track(node: Node) {
    this.refs.push(new WeakRef(node));
    this.entries++;
    // Prune handles of collected nodes now and then, so an endless page stays bounded.
    if (this.entries % 4096 === 0) this.refs = this.refs.filter((ref) => ref.deref());
  }
}
