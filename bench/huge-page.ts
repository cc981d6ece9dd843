// A huge page (about 2 MB of text in 50,000 paragraphs: the Traditional real pages' text,
// repeated) in the built extension for a Simplified reader: the longest main-thread task while
// Qingwen converts it (Long Tasks API; 50 ms is "long"), against the same page without the
// extension; then infinite-scroll appends, checked in the frame right after they arrive.
// Part of `npm run bench:page`.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser, QUIET_FLAGS } from '@/tests/harness/browser';
import { corpusPages } from '@/tests/harness/corpus-pages';
import { ms } from './stats.ts';

const EXTENSION = resolve(import.meta.dirname, '../.output/chrome-mv3');
const NODES = 50_000;

function hugePage(): string {
  const text = corpusPages()
    .filter((p) => p.script === 'traditional')
    .map((p) => p.bytes().toString('utf8').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '\n'))
    .join('\n')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => /[\u4e00-\u9fff]/.test(line) && line.length > 8);
  const paragraphs: string[] = [];
  for (let i = 0, chars = 0; i < NODES; i++) {
    const line = text[i % text.length].slice(0, 60);
    paragraphs.push(`<p>${line}</p>`);
    chars += line.length;
  }
  return `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>長篇 ${NODES} 段</title></head><body>${paragraphs.join('\n')}</body></html>`;
}

function longTaskWatch() {
  (window as any).__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) (window as any).__longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

export async function hugePageSection() {
  const html = hugePage();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  console.log(`\nHuge page: ${NODES} paragraphs, ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB, Traditional, Simplified reader`);
  for (const withExtension of [false, true]) {
    const dir = await mkdtemp(join(tmpdir(), 'qingwen-huge-'));
    const load = withExtension ? [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`] : [];
    const context = await chromium.launchPersistentContext(dir, { executablePath: findBrowser(), headless: true, locale: 'zh-CN', args: [...load, ...QUIET_FLAGS] });
    try {
      const longest: number[] = [];
      const ours: number[] = [];
      for (let run = 0; run < 3; run++) {
        const page = await context.newPage();
        await page.addInitScript({ content: `var __name = (f) => f; (${longTaskWatch.toString()})();` });
        await page.goto(url, { waitUntil: 'load' });
        if (withExtension) await page.waitForFunction(() => !/[這個國與說們時會]/.test(document.body.innerText.slice(-20_000)), null, { timeout: 30_000 });
        await page.waitForTimeout(1000);
        const tasks = (await page.evaluate(() => (window as any).__longTasks)) as [number, number][];
        longest.push(Math.max(0, ...tasks.map(([, d]) => d)));
        // Qingwen's own stretches of 10 ms or more (lib/page/stretch-meter.ts); none: all shorter.
        ours.push(await page.evaluate(() => Math.max(0, ...performance.getEntriesByName('qingwen:stretch').map((e) => e.duration))));
        if (withExtension && run === 0) {
          const appended = await page.evaluate(async () => {
            const results: boolean[] = [];
            for (let batch = 0; batch < 5; batch++) {
              const box = document.createElement('div');
              box.innerHTML = '<p>這個國家的說明</p>'.repeat(200);
              document.body.appendChild(box);
              await Promise.resolve(); // the observer's callback, as after any script
              results.push(await new Promise<boolean>((done) => requestAnimationFrame(() => done(!/[這國說]/.test(box.textContent ?? '')))));
            }
            return results;
          });
          console.log(`  infinite scroll: 5 appends of 200 paragraphs, converted by the next frame: ${appended.filter(Boolean).length} of 5`);
        }
        await page.close();
      }
      console.log(`  ${withExtension ? 'with Qingwen   ' : 'without Qingwen'}: longest task per load ${longest.map(ms).join(', ')}`);
      if (withExtension) console.log(`  Qingwen's own longest stretch per load: ${ours.map((v) => (v ? ms(v) : '< 10 ms')).join(', ')} (limit 50 ms)`);
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  server.close();
}
