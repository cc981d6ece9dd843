// A page rendered with react-dom/server and hydrated with hydrateRoot (the real React from npm):
// Qingwen converts it before hydration (document_start); the page stays interactive and its text
// is converted once React is done. Known gap (issue 8, left open): React 19 still reports the
// changed text as a recoverable hydration error (#418) and renders the root again on the client;
// Qingwen then converts the new nodes. The test records that error rather than hiding it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App, HEADLINE } from '@/tests/fixtures/hydration/app';
import { launchExtension, type ExtensionSession } from '@/tests/harness/extension';
import { waitForState } from '@/tests/harness/tab';

let server: Server;
let origin: string;
let ext: ExtensionSession;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, '../fixtures/hydration/client.ts')],
    bundle: true, write: false, format: 'iife', minify: true, charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
  });
  const script = bundle.outputFiles[0].text;
  const html =
    '<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>' + HEADLINE + '</title></head>' +
    `<body><div id="root">${renderToString(createElement(App))}</div><script src="/client.js" defer></script></body></html>`;
  server = createServer(async (req, res) => {
    const js = req.url === '/client.js';
    // A real bundle takes a while to arrive: React hydrates after the page is parsed and shown.
    if (js) await new Promise((resolve) => setTimeout(resolve, 400));
    res.writeHead(200, { 'content-type': js ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' });
    res.end(js ? script : html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  ext = await launchExtension({ locale: 'zh-CN' });
});
afterAll(async () => {
  await ext?.close();
  await new Promise((ok) => server?.close(ok));
});

test('converted before hydration, interactive, converted after React is done', async () => {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + '/', { waitUntil: 'domcontentloaded' });
  await expect.poll(() => page.getAttribute('html', 'data-hydrated')).toBe('yes');
  // React met the converted text: Qingwen had converted the server's markup before hydration.
  expect(await page.getAttribute('html', 'data-before-hydration')).toBe('市政府宣布地铁新线明年开通');
  await waitForState(page, 'active');
  await expect.poll(() => page.textContent('h1')).toBe('市政府宣布地铁新线明年开通');
  await page.click('#like');
  await page.click('#like');
  await expect.poll(() => page.textContent('#like')).toBe('赞好 2');
  expect(await page.textContent('#story')).toContain('乘客们对此表示欢迎');
  // Only React's hydration report, nothing else (no error of Qingwen's, no broken page).
  expect(errors.filter((e) => !/hydration error: Error: Minified React error #418/.test(e))).toEqual([]);
  if (errors.length) console.log(`known gap: ${errors.length} hydration report(s) from React: ${errors[0].slice(0, 80)}`);
  await page.close();
});
