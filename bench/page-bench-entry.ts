// Runs inside Chromium for `npm run bench:page`: the page pipeline on a large page, and
// opencc-js baselines on the same page in the same run. Bundled by bench/page.bench.ts.
import { createConverter, detectGarbles, detectScript, repairTexts } from '@/lib/engine';
import type { Converter, Target } from '@/lib/engine/types';
import { collect } from '@/lib/dom/walk';
import { PageRewriter } from '@/lib/page/page-rewriter';
import { sampleOf } from '@/lib/page/text-plan';

function build(texts: string[]) {
  const root = document.getElementById('root')!;
  const frag = document.createDocumentFragment();
  for (const text of texts) {
    const p = document.createElement('p');
    p.textContent = text;
    frag.appendChild(p);
  }
  root.replaceChildren(frag);
  const height = document.body.offsetHeight; // the page as loaded: laid out before any timing
  (window as { gc?: () => void }).gc?.();
  return height;
}

function layout(): number {
  const start = performance.now();
  void document.body.offsetHeight;
  return performance.now() - start;
}

/** Counts what reaches the converter, to show that a second pass converts nothing. */
function counting(converter: Converter) {
  const counter = { items: 0 };
  const wrapped: Converter = {
    target: converter.target,
    convert: (t) => (counter.items++, converter.convert(t)),
    convertBatch: (texts) => ((counter.items += texts.length), converter.convertBatch(texts)),
  };
  return { counter, wrapped };
}

const converters = new Map<string, Promise<Converter>>();
const converterFor = (target: Target) => {
  if (!converters.has(target)) converters.set(target, createConverter(target));
  return converters.get(target)!;
};

/** The page session's first pass, step by step (the same calls page-session.ts makes). */
async function ours(texts: string[], target: Target, repair: boolean) {
  build(texts);
  const { counter, wrapped } = counting(await converterFor(target));
  const engine = { detectScript, detectGarbles, repairTexts, createConverter };
  const rewriter = new PageRewriter(engine);
  const t0 = performance.now();
  const found = collect(document);
  const t1 = performance.now();
  const sample = sampleOf(rewriter.pendingTexts(found), (n) => rewriter.baseOfText(n));
  const verdict = detectScript(sample);
  const t2 = performance.now();
  const { changed } = rewriter.rewrite({ repair, converter: wrapped }, found);
  const t3 = performance.now();
  const layoutMs = layout();
  const convertedFirst = counter.items;
  // A second pass over the same page (a rescan after a burst): nothing is converted again.
  counter.items = 0;
  rewriter.rewrite({ repair, converter: wrapped }, collect(document));
  return {
    walk: t1 - t0, detect: t2 - t1, rewrite: t3 - t2, js: t3 - t0, layout: layoutMs,
    changed, nodes: found.texts.length, script: verdict.script, convertedFirst, convertedAgain: counter.items,
  };
}

type OpenCCModule = typeof import('opencc-js');
let opencc: Promise<OpenCCModule> | null = null;
const openccConverter = async (from: string, to: string) => {
  opencc ??= import('opencc-js');
  return (await opencc).Converter({ from, to } as never) as (s: string) => string;
};

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.getElementById('root')!, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** opencc-js node by node: walk, convert each text, write the changed ones. */
async function openccPerNode(texts: string[], from: string, to: string) {
  build(texts);
  const convert = await openccConverter(from, to);
  const t0 = performance.now();
  const nodes = textNodes();
  const t1 = performance.now();
  for (const node of nodes) {
    const value = convert(node.nodeValue!);
    if (value !== node.nodeValue) node.nodeValue = value;
  }
  const t2 = performance.now();
  return { walk: t1 - t0, convert: t2 - t1, js: t2 - t0, layout: layout() };
}

/** opencc-js batched: join all texts with a separator, convert once, split, write. */
async function openccBatched(texts: string[], from: string, to: string) {
  build(texts);
  const convert = await openccConverter(from, to);
  const t0 = performance.now();
  const nodes = textNodes();
  const t1 = performance.now();
  const out = convert(nodes.map((n) => n.nodeValue).join('\u0000')).split('\u0000');
  nodes.forEach((node, i) => {
    if (out[i] !== node.nodeValue) node.nodeValue = out[i];
  });
  const t2 = performance.now();
  return { walk: t1 - t0, convert: t2 - t1, js: t2 - t0, layout: layout() };
}

/** Converter startup in a fresh page: dictionaries fetched as chunks, tries built. */
async function startupOurs(target: Target) {
  const t0 = performance.now();
  const converter = await createConverter(target);
  const ms = performance.now() - t0;
  (window as any).keep = converter;
  return { ms, sample: converter.convert(target === 'simplified' ? '軟體開發者在網路上下載了滑鼠驅動程式' : '软件开发者在网络上下载了鼠标驱动程序') };
}

/** opencc-js: its module (code and dictionaries in one bundle) fetched, then the tries built. */
async function startupOpencc(from: string, to: string) {
  const t0 = performance.now();
  const module = await import('opencc-js');
  const t1 = performance.now();
  const convert = module.Converter({ from, to } as never) as (s: string) => string;
  const ms = performance.now() - t0;
  (window as any).keep = convert;
  const sample = convert(to === 'cn' ? '軟體開發者在網路上下載了滑鼠驅動程式' : '软件开发者在网络上下载了鼠标驱动程序');
  return { ms, build: performance.now() - t1, sample };
}

Object.assign(window, { bench: { ours, openccPerNode, openccBatched, startupOurs, startupOpencc } });
