// A page rendered with react-dom/server and hydrated with hydrateRoot (the real React from npm):
// Qingwen converts it while it is parsed (document_start), gives React the server's own text when
// React loads (lib/page/react-hook.ts hears it), and converts again once React has committed. No
// hydration error, the page stays interactive, and its text ends converted.
import { beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App, HEADLINE } from '@/tests/fixtures/hydration/app';
import { waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

let sendBundle: () => void;
const bundleSent = new Promise<void>((resolve) => (sendBundle = resolve));
const html =
  '<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head>' +
  `<body><div id="root">${renderToString(createElement(App))}</div><script src="/client.js" defer></script></body></html>`;
let script = '';

const world = useWorld({
  locale: 'zh-CN',
  serve: async (req, res) => {
    const js = req.url === '/client.js';
    // A real bundle takes a while to arrive: React hydrates after the page is shown, converted.
    if (js) await bundleSent;
    res.writeHead(200, { 'content-type': js ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' });
    res.end(js ? script : html);
  },
});

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, '../fixtures/hydration/client.ts')],
    bundle: true, write: false, format: 'iife', minify: true, charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  script = bundle.outputFiles[0].text;
});

test('converted before hydration, interactive, converted after React is done', async () => {
  const page = await world.ext.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // Not 'domcontentloaded': that waits for the deferred bundle, held back until the page is converted.
  await page.goto(world.server.url('/'), { waitUntil: 'commit' });
  // Converted before React arrives ...
  await waitForState(page, 'active');
  await expect.poll(() => page.textContent('h1')).toBe('市政府宣布地铁新线明年开通');
  sendBundle();
  await expect.poll(() => page.getAttribute('html', 'data-hydrated')).toBe('yes');
  // ... and React met the server's own text when it hydrated.
  expect(await page.getAttribute('html', 'data-before-hydration')).toBe(HEADLINE);
  await waitForState(page, 'active');
  await expect.poll(() => page.textContent('h1')).toBe('市政府宣布地铁新线明年开通');
  await page.click('#like');
  await page.click('#like');
  await expect.poll(() => page.textContent('#like')).toBe('赞好 2');
  expect(await page.textContent('#story')).toContain('乘客们对此表示欢迎');
  expect(errors).toEqual([]);
  await page.close();
});
