// A real Japanese page (Readability's yahoo-4: kana and kanji, lang="ja") is never converted,
// also when its lang attribute is taken away: its kana say it is Japanese.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { getState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const SOURCE = readFileSync(resolve(import.meta.dirname, '../fixtures/foreign/yahoo-4.html'), 'utf8');
const TITLE = /<title>([^<]*)<\/title>/.exec(SOURCE)![1];
const PAGES: Record<string, string> = {
  '/declared.html': SOURCE,
  '/undeclared.html': SOURCE.replace(/ lang="ja"/g, '').replace(/ xml:lang="ja"/g, ''),
};

const world = useWorld({
  locale: 'zh-CN',
  serve: (req, res) => {
    const body = PAGES[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  },
});

test('the fixture is Japanese with Traditional-looking kanji a converter would change', () => {
  expect(PAGES['/undeclared.html']).not.toMatch(/lang="ja"/);
  expect(TITLE).toMatch(/[\u3041-\u30fa]/);
});

async function visit(path: string): Promise<{ page: Page; engine: string[] }> {
  const page = await world.ext.context.newPage();
  const engine: string[] = [];
  page.on('request', (request) => request.url().includes('/engine/') && engine.push(request.url()));
  await page.goto(world.server.url(path), { waitUntil: 'domcontentloaded' });
  return { page, engine };
}

test.each(Object.keys(PAGES))('%s stays exactly as served: no engine, no marker, title and text unchanged', async (path) => {
  const { page, engine } = await visit(path);
  await expect.poll(async () => (await getState(world, page)).idleReason).toBe('not-chinese');
  expect(engine).toEqual([]);
  expect(await page.getAttribute('html', 'data-qingwen')).toBeNull();
  expect(await page.title()).toBe(TITLE.replace(/&amp;/g, '&'));
  // 無線 would read 无线 had it been converted for this Simplified reader.
  expect(await page.evaluate(() => document.body.innerText)).toContain('無線');
  await page.close();
});
