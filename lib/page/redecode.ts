// A page whose bytes the browser decoded with the wrong charset (GBK or Big5 served as
// UTF-8, or with no label): fetch the same bytes again, find the right charset, and put
// the decoded text into the live page node by node, so scripts and listeners keep working.
import { applyWrites, type AttrWrite, type TextWrite } from '@/lib/dom/rewrite';
import { TEXT_ATTRIBUTES } from '@/lib/dom/skip-rules';
import { diffArrays } from 'diff';
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

/** Call only for a page that looks misdecoded (see page-bundle.ts): it fetches the page again. */
export async function redecodePage(doc: Document, rewriter: PageRewriter): Promise<RedecodeOutcome | null> {
  const response = await fetch(doc.location.href, { credentials: 'include', cache: 'force-cache' });
  if (!response.ok) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const choice = chooseCharset(bytes, doc.characterSet);
  if (!choice) return null;
  const parse = (charset: string) => new DOMParser().parseFromString(new TextDecoder(charset).decode(bytes), 'text/html');
  const replaced = putDecodedText(doc, parse(doc.characterSet), parse(choice.charset), rewriter);
  return replaced ? { from: doc.characterSet.toLowerCase(), to: choice.charset, replaced } : null;
}

/**
 * Puts the right decoding's text into the live page. Tags are ASCII, and no GBK or Big5 byte
 * can stand for `<`, `>`, `&` or a quote, so the bytes decoded the browser's (wrong) way and
 * the right way parse into trees of the same shape: their texts pair up by position. The live
 * page is not that tree any more (its scripts added and removed nodes), so its texts are
 * matched to the wrong decoding by content: the same text, in the same order (a diff of the
 * two sequences). A node a script added matches nothing and costs nothing.
 */
export function putDecodedText(live: Document, wrong: Document, right: Document, rewriter: PageRewriter): number {
  const wrongRuns = runsOf(wrong);
  const rightRuns = runsOf(right);
  if (wrongRuns.length !== rightRuns.length) return 0; // not the same shape: not the same bytes
  // The live page's own text, not what Qingwen may already have written over it.
  const own = (node: Node, name: string | null) =>
    name === null ? rewriter.store.sourceOfText(node as Text) : rewriter.store.sourceOfAttr({ el: node as Element, name });
  const pairs = matchByContent(runsOf(live, own), wrongRuns);
  const texts: TextWrite[] = [];
  const attrs: AttrWrite[] = [];
  for (const [liveRun, index] of pairs) {
    const to = rightRuns[index].value;
    const from = liveRun.value;
    if (from === to || !asciiAgrees(from, to)) continue;
    if (liveRun.name === null) {
      const node = liveRun.node as Text;
      rewriter.textBase.set(node, { from, to });
      // Already showing `to` (the engine had reversed its mojibake): still handled anew, under
      // the plan judged on the real text.
      rewriter.forgetText(node);
      texts.push({ node, source: rewriter.store.sourceOfText(node), value: to });
    } else {
      const ref = { el: liveRun.node as Element, name: liveRun.name };
      let map = rewriter.attrBase.get(ref.el);
      if (!map) rewriter.attrBase.set(ref.el, (map = new Map()));
      map.set(ref.name, { from, to });
      attrs.push({ ref, source: rewriter.store.sourceOfAttr(ref), value: to });
    }
  }
  return applyWrites(rewriter.store, texts, attrs);
}

/** A text node or a reader-visible attribute whose value has non-ASCII text. */
interface Run {
  node: Node;
  /** null: the node's text; else the attribute's name. */
  name: string | null;
  value: string;
}

/**
 * The runs that may be misdecoded, in document order: ASCII is the same in both decodings, so
 * runs without non-ASCII text need nothing and are left out (so are whitespace and markup).
 */
function runsOf(doc: Document, read: (node: Node, name: string | null) => string | null = valueOf): Run[] {
  const runs: Run[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = read(child, null) ?? '';
        if (NON_ASCII.test(value)) runs.push({ node: child, name: null, value });
      } else if (child.nodeType === 1) {
        const el = child as Element;
        for (const name of TEXT_ATTRIBUTES) {
          const value = read(el, name);
          if (value !== null && NON_ASCII.test(value)) runs.push({ node: el, name, value });
        }
        if (!NOT_RENDERED.has(el.tagName)) visit(el);
      }
    }
  };
  if (doc.documentElement) visit(doc);
  return runs;
}

const NON_ASCII = /[^\x00-\x7f]/;

function valueOf(node: Node, name: string | null): string | null {
  return name === null ? node.nodeValue : (node as Element).getAttribute(name);
}

/** Pairs each live run with the index of the wrong-decoding run that holds the same text in the same place. */
function matchByContent(live: Run[], wrong: Run[]): [Run, number][] {
  const key = (run: Run) => (run.name ?? '#text') + '\u0000' + run.value;
  const pairs: [Run, number][] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(live.map(key), wrong.map(key))) {
    const count = part.count ?? part.value.length;
    if (part.added) j += count;
    else if (part.removed) i += count;
    else for (let k = 0; k < count; k++) pairs.push([live[i++], j++]);
  }
  return pairs;
}
/**
 * Whether a run of the wrong decoding and the right run it is paired with hold the same ASCII.
 * Only bytes 0x21-0x3F (digits and most punctuation) are compared: no two-byte charset takes them
 * as a trail byte, so both decodings keep each of them, in order. Letters and @[\]^_`{|}~ may be a
 * trail: UTF-8 read as GBK loses some to lead bytes (年| became one character, the | gone, and a
 * greedy match then skipped everything up to the next |), and GBK read as UTF-8 shows its
 * trail bytes as extra ones.
 */
export function asciiAgrees(wrong: string, right: string): boolean {
  const need = right.replace(NOT_STABLE_ASCII, '');
  const have = wrong.replace(NOT_STABLE_ASCII, '');
  if (need === have) return true;
  let j = 0;
  let missed = 0;
  for (let i = 0; i < need.length; i++) {
    const k = have.indexOf(need[i], j);
    if (k < 0) missed++;
    else j = k + 1;
  }
  return missed <= 2 + need.length * 0.1;
}

const NOT_STABLE_ASCII = /[^\x21-\x3f]/g;
