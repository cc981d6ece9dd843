// npm run bench:page: the in-page pipeline in real Chromium, with opencc-js baselines
// measured on the same page in the same run. Medians of several runs; ratios to baselines.
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ENGINE_BUNDLE_OPTIONS } from '@/scripts/build-engine.ts';
import { pointAtDictionaries, precompiledOnly, writeDictionaryFiles } from '@/scripts/engine-dictionaries.ts';
import { findBrowser, QUIET_FLAGS } from '@/tests/harness/browser.ts';
import { serveFolder } from '@/tests/harness/server.ts';
import { median, mb, ms } from './stats.ts';
import { buildBoth, firstPaintSection, firstSecondShots, foreignCostSection } from './real-pages.ts';
import { hugePageSection } from './huge-page.ts';

const root = resolve(import.meta.dirname, '..');
const CORPUS = resolve(root, '../shared/corpus/bench');
const NODES = 5000;
const BYTES = 300 * 1024;
const RUNS = 9;
const STARTUP_RUNS = 5;

/** The first `bytes` of a corpus file, cut into `count` text nodes of equal length. */
function pageTexts(file: string, bytes = BYTES, count = NODES): string[] {
  const text = new TextDecoder().decode(readFileSync(join(CORPUS, file)).subarray(0, bytes)).replace(/\uFFFD$/, '');
  const size = Math.ceil(text.length / count);
  return Array.from({ length: count }, (_, i) => text.slice(i * size, (i + 1) * size) || '。');
}

/** The engine as the extension ships it: the converter reads precompiled tries from dict/. */
async function bundle(dir: string) {
  const result = await build({
    entryPoints: { entry: resolve(import.meta.dirname, 'page-bench-entry.ts') },
    outdir: dir,
    ...ENGINE_BUNDLE_OPTIONS,
    plugins: [precompiledOnly],
  });
  const dictDir = join(dir, 'dict');
  await writeDictionaryFiles(dictDir);
  for (const file of result.outputFiles) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, pointAtDictionaries(file.text, file.path, dictDir));
  }
  await writeFile(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><body><div id="root"></div><script type="module" src="entry.js"></script>');
}

async function freshPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => (window as any).bench);
  return page;
}

type Row = Record<string, number | string>;
const pick = (rows: Row[], key: string) => median(rows.map((r) => r[key] as number));

/**
 * Runs every variant once per round, round after round, so that all of them meet the same
 * machine (other processes, GC, JIT tiers); the first two rounds only warm up.
 */
async function runRounds(page: Page, variants: [string, unknown[]][], rounds = RUNS): Promise<Row[][]> {
  const rows: Row[][] = variants.map(() => []);
  for (let round = 0; round < rounds + 2; round++) {
    for (const [i, [call, args]] of variants.entries()) {
      const row = await page.evaluate(([call, args]) => (window as any).bench[call as string](...(args as unknown[])), [call, args] as const);
      if (round >= 2) rows[i].push(row as Row);
    }
  }
  return rows;
}

async function heapAfter(page: Page, run: () => Promise<Row>): Promise<{ row: Row; bytes: number }> {
  const cdp = await page.context().newCDPSession(page);
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    // ArrayBuffers (typed-array tries) live outside the JS heap proper: count them too.
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return usage.usedSize + (usage.backingStorageSize ?? 0);
  };
  const before = await used();
  const row = await run();
  return { row, bytes: (await used()) - before };
}

function line(label: string, value: string) {
  console.log(`${label.padEnd(52)} ${value}`);
}

async function conversionSection(page: Page, title: string, file: string, target: string, from: string, to: string) {
  const texts = pageTexts(file);
  console.log(`\n${title}: ${NODES} text nodes, ${(Buffer.byteLength(texts.join('')) / 1024).toFixed(0)} KB (${file})`);
  const [plain, repaired, perNode, batched] = await runRounds(page, [
    ['ours', [texts, target, false]],
    ['ours', [texts, target, true]],
    ['openccPerNode', [texts, from, to]],
    ['openccBatched', [texts, from, to]],
  ]);
  const ours = pick(repaired, 'js');
  line('Qingwen, repair off: walk + script + convert + write', `${ms(pick(plain, 'js'))}  (walk ${ms(pick(plain, 'walk'))}, script ${ms(pick(plain, 'detect'))}, convert+write ${ms(pick(plain, 'rewrite'))})`);
  line('Qingwen, default: + garble check (repair if found)', `${ms(ours)}  (garbles+convert+write ${ms(pick(repaired, 'rewrite'))})`);
  line(`opencc-js ${from}->${to} node by node: walk + convert + write`, `${ms(pick(perNode, 'js'))}  (convert ${ms(pick(perNode, 'convert'))})`);
  line(`opencc-js ${from}->${to} joined once: walk + convert + write`, `${ms(pick(batched, 'js'))}  (convert ${ms(pick(batched, 'convert'))})`);
  line('  ratio Qingwen / opencc-js joined, / node by node', `${(ours / pick(batched, 'js')).toFixed(2)}, ${(ours / pick(perNode, 'js')).toFixed(2)}`);
  line('layout after the writes (Qingwen / opencc-js joined)', `${ms(pick(repaired, 'layout'))} / ${ms(pick(batched, 'layout'))}`);
  const r = repaired[0];
  line('nodes changed / converted / converted again', `${r.changed} / ${r.convertedFirst} / ${r.convertedAgain}  (verdict ${r.script})`);
  return ours;
}

async function startupSection(browser: Browser, url: string, target: string, from: string, to: string, label: string) {
  console.log(`\nConverter startup, ${label}, fresh page each run (${STARTUP_RUNS} runs)`);
  const ours: { row: Row; bytes: number }[] = [];
  const theirs: { row: Row; bytes: number }[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    for (const [list, call, args] of [[ours, 'startupOurs', [target]], [theirs, 'startupOpencc', [from, to]]] as const) {
      const page = await freshPage(browser, url);
      list.push(await heapAfter(page, () => page.evaluate(([c, a]) => (window as any).bench[c](...a), [call, args] as const)));
      await page.close();
    }
  }
  const t = (list: typeof ours) => median(list.map((x) => x.row.ms as number));
  const h = (list: typeof ours) => median(list.map((x) => x.bytes));
  line(`Qingwen createConverter(${target}), ready in`, `${ms(t(ours))}, heap +${mb(h(ours))}  (target <= 50 ms, <= 10 MB)`);
  line(`opencc-js import + Converter({${from} -> ${to}}), ready in`, `${ms(t(theirs))} (tries ${ms(median(theirs.map((x) => x.row.build as number)))}), heap +${mb(h(theirs))}`);
  line('  ratio Qingwen / opencc-js (time, heap)', `${(t(ours) / t(theirs)).toFixed(2)}, ${(h(ours) / h(theirs)).toFixed(2)}`);
  line('  same output', String(ours[0].row.sample === theirs[0].row.sample) + `  (${ours[0].row.sample})`);
}

/** `npm run bench:page [-- convert paint shots foreign huge]`: the sections to run (all by default). */
const SECTIONS = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const wants = (name: string) => SECTIONS.length === 0 || SECTIONS.includes(name);

async function main() {
  if (wants('paint') || wants('shots') || wants('foreign') || wants('huge')) buildBoth();
  if (wants('convert')) await conversionAndStartup();
  if (wants('paint')) await firstPaintSection();
  if (wants('shots')) await firstSecondShots();
  if (wants('foreign')) await foreignCostSection();
  if (wants('huge')) await hugePageSection();
}

async function conversionAndStartup() {
  const dir = await mkdtemp(join(tmpdir(), 'qingwen-bench-'));
  await bundle(dir);
  const server = await serveFolder(dir);
  // --expose-gc: each run starts after a collection, so no variant pays for another's garbage.
  const browser = await chromium.launch({ executablePath: findBrowser(), headless: true, args: [...QUIET_FLAGS, '--js-flags=--expose-gc'] });
  try {
    const version = browser.version();
    console.log(`Qingwen page bench (Chromium ${version}, medians of ${RUNS} interleaved rounds after two warm-up rounds)`);
    const page = await freshPage(browser, server.url('/index.html'));
    await conversionSection(page, 'Traditional page, Simplified reader', 'traditional-1m.txt', 'simplified', 't', 'cn');
    await conversionSection(page, 'Simplified page, Taiwan reader (phrases)', 'simplified-1m.txt', 'taiwan-phrases', 'cn', 'twp');
    await page.close();
    await startupSection(browser, server.url('/index.html'), 'taiwan-phrases', 'cn', 'twp', 'Simplified -> Taiwan with phrases');
    await startupSection(browser, server.url('/index.html'), 'simplified', 't', 'cn', 'Traditional -> Simplified');
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
