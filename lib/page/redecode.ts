// A page whose bytes the browser decoded with the wrong charset (GBK or Big5 served as
// UTF-8, or with no label): fetch the same bytes again, find the right charset, and put
// the decoded text into the live page node by node, so scripts and listeners keep working.
import { applyWrites, type AttrWrite, type TextWrite } from '@/lib/dom/rewrite';
import { TEXT_ATTRIBUTES } from '@/lib/dom/skip-rules';
import { chooseCharset } from './charset-choice';
import type { PageRewriter } from './page-rewriter';

export interface RedecodeOutcome {
  /** The charset the browser used. */
  from: string;
  /** The charset the bytes are in. */
  to: string;
  /** Text nodes and attributes that got their decoded text. */
  replaced: number;
}

const NOT_RENDERED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Call only for a page that looks misdecoded (see engine-entry.ts): it fetches the page again. */
export async function redecodePage(doc: Document, rewriter: PageRewriter): Promise<RedecodeOutcome | null> {
  const response = await fetch(doc.location.href, { credentials: 'include', cache: 'force-cache' });
  if (!response.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const choice = chooseCharset(bytes, doc.characterSet);
  if (!choice) return null;
  const decoded = new DOMParser().parseFromString(new TextDecoder(choice.charset).decode(bytes), 'text/html');
  const replaced = putDecodedText(doc, decoded, rewriter);
  return replaced ? { from: doc.characterSet.toLowerCase(), to: choice.charset, replaced } : null;
}

/**
 * Tags are ASCII, and no GBK or Big5 byte can stand for `<`, `>`, `&` or a quote, so
 * both decodings parse into the same tree: nodes are matched by their path. Nodes a
 * script added shift paths; the ASCII check then refuses the pair.
 */
export function putDecodedText(live: Document, decoded: Document, rewriter: PageRewriter): number {
  const fixed = indexByPath(decoded);
  const texts: TextWrite[] = [];
  const attrs: AttrWrite[] = [];
  for (const [path, node] of indexByPath(live)) {
    const twin = fixed.get(path);
    if (!twin || twin.nodeType !== node.nodeType) continue;
    if (node.nodeType === 3) {
      const from = node.nodeValue ?? '';
      const to = twin.nodeValue ?? '';
      if (from === to || !asciiAgrees(from, to)) continue;
      rewriter.textBase.set(node as Text, { from, to });
      texts.push({ node: node as Text, source: rewriter.store.sourceOfText(node as Text), value: to });
    } else {
      for (const name of TEXT_ATTRIBUTES) {
        const from = (node as Element).getAttribute(name);
        const to = (twin as Element).getAttribute(name);
        if (from === null || to === null || from === to || !asciiAgrees(from, to)) continue;
        const ref = { el: node as Element, name };
        let map = rewriter.attrBase.get(ref.el);
        if (!map) rewriter.attrBase.set(ref.el, (map = new Map()));
        map.set(name, { from, to });
        attrs.push({ ref, source: rewriter.store.sourceOfAttr(ref), value: to });
      }
    }
  }
  return applyWrites(rewriter.store, texts, attrs);
}

/** Every element and text node under <html>, keyed by child indexes (script and style bodies left out). */
function indexByPath(doc: Document): Map<string, Node> {
  const index = new Map<string, Node>();
  const visit = (node: Node, path: string) => {
    index.set(path, node);
    if (node.nodeType === 1 && NOT_RENDERED.has((node as Element).tagName)) return;
    let i = 0;
    for (let child = node.firstChild; child; child = child.nextSibling, i++) {
      if (child.nodeType === 1 || child.nodeType === 3) visit(child, path + '/' + i);
    }
  };
  if (doc.documentElement) visit(doc.documentElement, '');
  return index;
}

/**
 * The wrong decoding keeps every ASCII byte (and may add some: trail bytes in the
 * ASCII range), so the right text's ASCII must appear in order in the wrong one.
 */
export function asciiAgrees(wrong: string, right: string): boolean {
  const need = right.replace(/[^\x21-\x7e]/g, '');
  const have = wrong.replace(/[^\x21-\x7e]/g, '');
  let j = 0;
  let missed = 0;
  for (let i = 0; i < need.length; i++) {
    const k = have.indexOf(need[i], j);
    if (k < 0) missed++;
    else j = k + 1;
  }
  return missed <= 2 + need.length * 0.1;
}
