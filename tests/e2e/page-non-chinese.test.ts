import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '@/tests/harness/extension';
import { getState, snapshot, waitForContentScript, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });

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

/**
 * The page on another site (localhost, not 127.0.0.1): the Chinese pages of this file taught
 * Qingwen that 127.0.0.1 is a Chinese site, where it starts the engine at once.
 */
const elsewhere = (path: string) => world.server.url(path).replace('//127.0.0.1', '//localhost');

test('a page that is not Chinese is untouched: no engine, no marker, no change, and the check is measured', async () => {
  const page = await world.ext.context.newPage();
  const requests = watchEngineRequests(page);
  // The content script measures itself in the page's timeline (what it spent until it knew). Its
  // budget (1 ms) is checked by `npm run bench:page`, not here: a busy machine must not fail a test.
  const measured = async () => {
    let durations: (number | undefined)[] = [];
    const names = ['qingwen:content-script'];
    const read = () => page.evaluate((names) => names.map((name) => performance.getEntriesByName(name)[0]?.duration), names);
    await expect.poll(async () => (durations = await read()).every((d) => typeof d === 'number' && d >= 0)).toBe(true);
    return durations as number[];
  };
  await page.goto(elsewhere('/page/english.html?cold'));
  const [cold] = await measured();
  const visits: number[][] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto(elsewhere(`/page/english.html?visit=${i}`));
    visits.push(await measured());
  }
  await page.goto(elsewhere('/page/english.html'));
  const before = await snapshot(page);
  await waitPastRecheck(page);
  expect(requests).toEqual([]);
  expect(await page.getAttribute('html', 'data-qingwen')).toBeNull();
  expect(await snapshot(page)).toBe(before);
  expect(await page.textContent('#quote')).toContain('這個國家很美');
  const state = await getState(world, page);
  expect(state).toMatchObject({ active: false, idleReason: 'not-chinese', changedNodes: 0 });
  const cost = Math.min(...visits.map((v) => v[0]));
  console.log(`content script on a non-Chinese page: ${cost} ms (${cold} ms on the first visit); visits ${JSON.stringify(visits)}`);
});

/**
 * The content script looks once more, RECHECK_AFTER_MS (2 s) after it started, at pages that render
 * late. Waits until the page's own clock is past that moment, counted from the script's own start
 * mark, then for an answer from the script (its timer has run by then).
 */
async function waitPastRecheck(page: Page, recheckAfterMs = 2000) {
  await waitForContentScript(world, page);
  const pastRecheck = () =>
    page.evaluate((after) => {
      const start = performance.getEntriesByName('qingwen:content-script')[0];
      return !!start && performance.now() > start.startTime + start.duration + after + 100;
    }, recheckAfterMs);
  await expect.poll(pastRecheck, { timeout: recheckAfterMs + 10_000 }).toBe(true);
  await waitForContentScript(world, page);
}

test('the scripts injected into every page stay under 10 KB gzip together, with no dictionary in them', () => {
  // The content script, and the page-world listener that keeps conversion out of React's hydration.
  const scripts = ['content.js', 'react-hook.js'].map((name) => readFileSync(`${EXTENSION_DIR}/content-scripts/${name}`));
  const gzip = scripts.reduce((sum, script) => sum + gzipSync(script, { level: 9 }).length, 0);
  console.log(`content scripts: ${scripts.map((s) => s.length).join(' + ')} bytes, ${gzip} bytes gzip`);
  expect(gzip).toBeLessThanOrEqual(10 * 1024);
  const script = Buffer.concat(scripts);
  // Dictionary entries look like "萬 万|與 与": none of them may be here.
  expect(script.toString('utf8')).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]\|/);
});
