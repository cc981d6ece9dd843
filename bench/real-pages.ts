// The built extension on real pages, in real Chromium (part of `npm run bench:page`):
// - first paint: for every real page of ../shared/corpus/pages that needs converting for its
//   reader, the time from first contentful paint until no text in the viewport is left
//   unconverted, for the document_start build and the document_idle build in the same run;
// - the content script's cost on big real pages that are not Chinese (Readability's test pages);
// - a 2 MB page of 50,000 nodes: the longest task while Qingwen converts it, and infinite-scroll
//   appends converted before the next frame.
import { chromium, type BrowserContext } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser, QUIET_FLAGS } from '../tests/harness/browser.ts';
import { corpusPages, serveCorpusPages, type CorpusPage } from '../tests/harness/corpus-pages.ts';
import { scriptOnlyChars } from '../tests/harness/script-only.ts';
import { serveFolder } from '../tests/harness/server.ts';
import { median, ms } from './stats.ts';

const root = resolve(import.meta.dirname, '..');
const BUILDS = { start: resolve(root, '.output/chrome-mv3'), idle: resolve(root, '.output/chrome-mv3-idle') };
const VISIT_MS = 4000;

function line(label: string, value: string) {
  console.log(`${label.padEnd(44)} ${value}`);
}

export function buildBoth() {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['wxt', 'build', '--mode', 'idle'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function launch(extension: string | null, locale: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'qingwen-bench-'));
  const load = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findBrowser(),
    headless: true,
    locale,
    viewport: { width: 1100, height: 800 },
    // Every page gets a host of its own (<slug>.pages.test): the per-site memory starts empty.
    // Other hosts fail at once in the resolver, as offline: no request passes through Playwright,
    // whose interception would delay every request (the engine's files included) as no reader's is.
    args: [...load, ...QUIET_FLAGS, '--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  // Pages that upgrade themselves to https get the same bytes from the loopback server.
  await context.route(
    (url) => url.protocol === 'https:' && url.hostname.endsWith('.test'),
    (route) => route.fetch({ url: route.request().url().replace(/^https:/, 'http:') }).then((r) => route.fulfill({ response: r }), () => route.abort()),
  );
  if (extension) {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 10_000 });
  }
  return { context, close: async () => (await context.close(), await rm(dir, { recursive: true, force: true })) };
}

/**
 * Watches every frame from the page's start (main world, before any script of the page): when
 * first contentful paint came, and for each frame whether text in the viewport still showed
 * characters of the other script. Checked in requestAnimationFrame, just before each paint.
 */
function paintWatch(foreign: string) {
  if (window.top !== window) return;
  const chars = new Set(foreign);
  const skipped = 'script,style,noscript,template,textarea,code,pre,[translate="no"],.notranslate,[lang|="ja"],[lang|="ko"]';
  const frames: [number, boolean][] = [];
  let fcp = -1;
  let parsedHan = -1;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  const dirtyInViewport = () => {
    const body = document.body;
    if (!body) return false;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      let hit = false;
      for (const char of text) if (chars.has(char)) { hit = true; break; }
      if (!hit || /[\u3041-\u3096\u30a1-\u30fa]/.test(text)) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(skipped)) continue;
      const rect = parent.getBoundingClientRect();
      if (rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth) return true;
    }
    return false;
  };
  const title = () => [...document.title].some((c) => chars.has(c));
  const check = (t: number) => {
    frames.push([t, dirtyInViewport() || title()]);
    if (t < 6000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  // Han in the parsed page's text (textContent, not innerText: a veiled page's text is hidden, not absent).
  document.addEventListener('DOMContentLoaded', () => {
    const han = (text: string | null) => (text?.match(/[\u4e00-\u9fff]/g) ?? []).length;
    let inCode = 0;
    for (const el of document.body?.querySelectorAll('script,style,noscript,template') ?? []) inCode += han(el.textContent);
    parsedHan = han(document.body?.textContent ?? null) - inCode;
  });
  (window as any).__paintWatch = () => ({ fcp, frames, parsedHan });
}

interface Visit {
  /** ms from first contentful paint until the viewport showed no unconverted text (0: never showed any). */
  lag: number;
  fcp: number;
  /** The page's own HTML held almost no Han text: it is rendered by script. */
  scripted: boolean;
  /** No first contentful paint in the whole visit (hk-hket's body is display:none until its scripts, offline here, show it). */
  unpainted: boolean;
  /** ms from navigation to each step Qingwen marked (-1: not reached). */
  steps: Record<string, number>;
}

async function visit(context: BrowserContext, url: string, foreign: string): Promise<Visit> {
  const page = await context.newPage();
  // As source text: tsx's helpers (__name) do not exist in the page.
  await page.addInitScript({ content: `var __name = (f) => f; (${paintWatch.toString()})(${JSON.stringify(foreign)});` });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(VISIT_MS);
  const { fcp, frames, parsedHan } = await page.evaluate(() => (window as any).__paintWatch());
  // lib/page/content-controller.ts marks each step of a Chinese page's start.
  const steps = await page.evaluate(() =>
    Object.fromEntries(['chinese', 'veil', 'engine', 'first-pass'].map((s) => [s, performance.getEntriesByName(`qingwen:${s}`)[0]?.startTime ?? -1])),
  );
  await page.close();
  // A frame's check runs just before its paint: frames that began before FCP were not shown.
  const shown = (frames as [number, boolean][]).filter(([t]) => t + 17 >= fcp);
  const lastDirty = shown.map(([t, dirty], i) => (dirty ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
  const lag = lastDirty < 0 ? 0 : Math.max(0, (shown[lastDirty + 1]?.[0] ?? shown[lastDirty][0] + 17) - fcp);
  return { lag, fcp, scripted: parsedHan >= 0 && parsedHan < 50, unpainted: fcp < 0, steps };
}

/** Pages that need converting: Traditional ones for a Simplified reader, Simplified ones for a Taiwan reader. */
function readerOf(page: CorpusPage) {
  const only = scriptOnlyChars();
  return page.script === 'traditional'
    ? { locale: 'zh-CN', foreign: [...only.traditional].join('') }
    : { locale: 'zh-TW', foreign: [...only.simplified].join('') };
}

export async function firstPaintSection() {
  const pages = corpusPages();
  const server = await serveCorpusPages();
  const port = new URL(server.origin).port;
  console.log(`\nFirst paint to converted, ${pages.length} real pages (../shared/corpus/pages), each on a host of its own`);
  console.log('lag = ms from first contentful paint until no unconverted text is in the viewport (0: none was ever shown)');
  const rows: { slug: string; start: Visit; repeat: Visit; idle: Visit; plain: number }[] = [];
  const worlds: Record<string, Record<string, Awaited<ReturnType<typeof launch>>>> = {};
  try {
    for (const locale of ['zh-CN', 'zh-TW']) {
      worlds[locale] = {
        start: await launch(BUILDS.start, locale),
        idle: await launch(BUILDS.idle, locale),
        plain: await launch(null, locale),
      };
    }
    for (const page of pages) {
      const { locale, foreign } = readerOf(page);
      const url = (path: string) => `http://${page.slug}.${path}.test:${port}/provenance/${page.slug}/`;
      const w = worlds[locale];
      // Interleaved, so each build meets the same machine; the repeat visit has the site's memory.
      const plain = await visit(w.plain.context, url('plain'), foreign);
      const start = await visit(w.start.context, url('start'), foreign);
      const idle = await visit(w.idle.context, url('idle'), foreign);
      const repeat = await visit(w.start.context, url('start'), foreign);
      // Whether a page's text is in its HTML, and whether it paints at all offline, are the page's own: read without the extension.
      start.scripted = plain.scripted;
      start.unpainted = plain.unpainted;
      rows.push({ slug: page.slug, start, repeat, idle, plain: plain.fcp });
      console.log(
        `${page.slug.padEnd(18)} ${locale}  document_start lag ${ms(start.lag).padStart(8)} (FCP ${ms(start.fcp)}), ` +
          `repeat visit ${ms(repeat.lag).padStart(8)} (FCP ${ms(repeat.fcp)}), document_idle lag ${ms(idle.lag).padStart(8)} (FCP ${ms(idle.fcp)}); ` +
          `no extension FCP ${ms(plain.fcp)}${start.scripted ? '  [text from script]' : ''}${start.unpainted ? '  [never painted offline]' : ''}`,
      );
      console.log(`${''.padEnd(25)}first visit: ${Object.entries(start.steps).map(([s, t]) => `${s} ${t < 0 ? '-' : ms(t)}`).join(', ')}`);
    }
  } finally {
    for (const world of Object.values(worlds)) for (const b of Object.values(world)) await b.close();
    await server.close();
  }
  const html = rows.filter((r) => !r.start.scripted && !r.start.unpainted);
  const zero = (list: Visit[]) => list.filter((v) => v.lag === 0).length;
  const scripted = rows.filter((r) => r.start.scripted).length;
  const unpainted = rows.filter((r) => r.start.unpainted && !r.start.scripted).length;
  line('pages whose text is in their HTML, painted', `${html.length} (${scripted} render their text from script, ${unpainted} never paint offline)`);
  line('document_start: converted at first paint', `${zero(html.map((r) => r.start))} of ${html.length}, median lag ${ms(median(html.map((r) => r.start.lag)))}`);
  line('  repeat visit (site memory)', `${zero(html.map((r) => r.repeat))} of ${html.length}, median lag ${ms(median(html.map((r) => r.repeat.lag)))}`);
  line('document_idle (same run)', `${zero(html.map((r) => r.idle))} of ${html.length}, median lag ${ms(median(html.map((r) => r.idle.lag)))}`);
  const span = (v: Visit, from: string, to: string) => (v.steps[from] >= 0 && v.steps[to] >= 0 ? [v.steps[to] - v.steps[from]] : []);
  line('first visit, median: Chinese known -> engine', ms(median(rows.flatMap((r) => span(r.start, 'chinese', 'engine')))));
  line('first visit, median: engine -> first pass', ms(median(rows.flatMap((r) => span(r.start, 'engine', 'first-pass')))));
  line('FCP median: start / repeat / idle / none', [median(rows.map((r) => r.start.fcp)), median(rows.map((r) => r.repeat.fcp)), median(rows.map((r) => r.idle.fcp)), median(rows.map((r) => r.plain))].map(ms).join(' / '));
}

const FOREIGN_DIR = resolve(root, 'tests/fixtures/foreign');

/** The content script's own measure on big real pages in English and Japanese (never converted). */
export async function foreignCostSection() {
  const files = readdirSync(FOREIGN_DIR).filter((name) => name.endsWith('.html')).sort();
  const server = await serveFolder(FOREIGN_DIR);
  const world = await launch(BUILDS.start, 'zh-CN');
  console.log(`\nContent script on pages that are not Chinese (Readability's test pages), median of 5 visits; limit 1 ms`);
  try {
    const costs: number[] = [];
    for (const file of files) {
      const bytes = readFileSync(join(FOREIGN_DIR, file)).length;
      const page = await world.context.newPage();
      const runs: number[] = [];
      const parts: { look: number; sync: number }[] = [];
      let engine = false;
      page.on('request', (r) => (engine ||= r.url().includes('/engine/')));
      for (let i = 0; i < 6; i++) {
        await page.goto(server.url(`/${file}?v=${i}`), { waitUntil: 'domcontentloaded' });
        const measure = await page
          .waitForFunction(() => {
            const entry = performance.getEntriesByName('qingwen:content-script')[0] as PerformanceMeasure | undefined;
            return entry && { duration: entry.duration, detail: entry.detail };
          }, null, { timeout: 5000 })
          .then((h) => h.jsonValue() as Promise<{ duration: number; detail: { look: number; sync: number } }>, () => null);
        if (i > 0) runs.push(measure?.duration ?? NaN); // the first visit also compiles the script
        if (i > 0 && measure) parts.push(measure.detail);
      }
      // The one more look 2 s after the start (pages that render their text late) is paid too.
      const recheck = await page
        .waitForFunction(() => {
          const start = performance.getEntriesByName('qingwen:content-script')[0];
          if (!start || performance.now() < start.startTime + 2500) return false;
          return { ms: performance.getEntriesByName('qingwen:recheck')[0]?.duration ?? 0 };
        }, null, { timeout: 10_000, polling: 100 })
        .then((h) => (h.jsonValue() as Promise<{ ms: number }>).then((r) => r.ms), () => NaN);
      const changed = await page.evaluate(() => document.documentElement.getAttribute('data-qingwen'));
      await page.close();
      costs.push(median(runs) + recheck);
      const split = `first look ${ms(median(parts.map((p) => p.look)))}, start ${ms(median(parts.map((p) => p.sync)))}, later look ${recheck ? ms(recheck) : 'none'}`;
      line(`${file} (${(bytes / 1024).toFixed(0)} KB)`, `${ms(median(runs) + recheck)} (${split})  engine loaded: ${engine ? 'YES' : 'no'}, marker: ${changed ?? 'none'}`);
    }
    line('median over the pages', ms(median(costs)));
  } finally {
    await world.close();
    await server.close();
  }
}

/** Three real pages, first visit, as the reader sees them 400 ms and 1 s after navigating (artifacts/). */
const FIRST_SECOND = [
  { slug: 'sina', locale: 'zh-TW' },
  { slug: 'hk-hk01', locale: 'zh-CN' },
  { slug: 'tw-setn', locale: 'zh-CN' },
];

export async function firstSecondShots() {
  const server = await serveCorpusPages();
  const port = new URL(server.origin).port;
  const out = resolve(root, 'artifacts');
  await mkdir(out, { recursive: true });
  console.log('\nFirst second of three real pages (first visit, document_start build): artifacts/first-second-*.png');
  try {
    for (const { slug, locale } of FIRST_SECOND) {
      const world = await launch(BUILDS.start, locale);
      try {
        const page = await world.context.newPage();
        const started = Date.now();
        void page.goto(`http://${slug}.shots.test:${port}/provenance/${slug}/`).catch(() => {});
        for (const at of [400, 1000]) {
          await page.waitForTimeout(Math.max(0, at - (Date.now() - started)));
          const file = join(out, `first-second-${slug}-${at}ms.png`);
          await page.screenshot({ path: file });
          console.log(`  ${slug} (${locale}) at ${at} ms: ${file}`);
        }
      } finally {
        await world.close();
      }
    }
  } finally {
    await server.close();
  }
}
