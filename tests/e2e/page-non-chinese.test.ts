import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../harness/extension';
import { getState, openWorld, snapshot, waitForState, type PageWorld } from './page-support';

let world: PageWorld;
beforeAll(async () => (world = await openWorld({ locale: 'zh-CN' })));
afterAll(() => world?.close());

/** Records the engine files a page fetches (content-script imports are the page's requests). */
function watchEngineRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/engine/')) seen.push(request.url());
  });
  return seen;
}

test('on a Chinese page the engine is fetched on demand (the check below can see it)', async () => {
  const page = await world.ext.context.newPage();
  const requests = watchEngineRequests(page);
  await page.goto(world.server.url('/page/traditional.html'));
  await waitForState(page, 'active');
  expect(requests).toContainEqual(expect.stringMatching(/\/engine\/engine\.js$/));
  // A clean page does not fetch the re-decoder (chardet).
  expect(requests.filter((url) => url.includes('redecode'))).toEqual([]);
});

test('a page that is not Chinese is untouched: no engine, no marker, no change, and the check costs under 1 ms', async () => {
  const page = await world.ext.context.newPage();
  const requests = watchEngineRequests(page);
  // The first visit pays for compiling the content script; later visits show the steady cost.
  // On a busy machine one visit can be preempted, so the best of three is the script's own cost.
  const measures = () =>
    page.evaluate(() =>
      ['qingwen:content-script', 'qingwen:content-script-idle'].map((name) => performance.getEntriesByName(name)[0]?.duration),
    );
  await page.goto(world.server.url('/page/english.html?cold'));
  await page.waitForTimeout(300);
  const [cold] = await measures();
  const visits: number[][] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(world.server.url(`/page/english.html?visit=${i}`));
    await page.waitForTimeout(300);
    visits.push(await measures());
  }
  await page.goto(world.server.url('/page/english.html'));
  const before = await snapshot(page);
  await page.waitForTimeout(2500); // past the one delayed re-check for late-rendering pages
  expect(requests).toEqual([]);
  expect(await page.getAttribute('html', 'data-qingwen')).toBeNull();
  expect(await snapshot(page)).toBe(before);
  expect(await page.textContent('#quote')).toContain('這個國家很美');
  const state = await getState(world, page);
  expect(state).toMatchObject({ active: false, idleReason: 'not-chinese', changedNodes: 0 });
  const cost = Math.min(...visits.map((v) => v[0]));
  const idle = Math.min(...visits.map((v) => v[1]));
  expect(cost).toBeLessThan(1);
  expect(idle).toBeLessThan(1);
  console.log(`content script on a non-Chinese page: ${cost} ms at load (${cold} ms on the first visit), ${idle} ms when idle; visits ${JSON.stringify(visits)}`);
});

test('the script injected into every page stays under 10 KB gzip, with no dictionary in it', () => {
  const script = readFileSync(`${EXTENSION_DIR}/content-scripts/content.js`);
  const gzip = gzipSync(script, { level: 9 }).length;
  console.log(`content script: ${script.length} bytes, ${gzip} bytes gzip`);
  expect(gzip).toBeLessThanOrEqual(10 * 1024);
  // Dictionary entries look like "萬 万|與 与": none of them may be here.
  expect(script.toString('utf8')).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]\|/);
});
