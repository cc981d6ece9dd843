// "Keep image files" for images on another host, in real Chromium: the article is served on
// 127.0.0.1 and its photo on localhost (another site to the browser, no CORS headers), so the
// page's own fetch cannot read it and only the background can, under the optional host
// permission the popup asks for when the box is ticked.
//
// Headless Chromium shows the permission prompt where nothing can answer it (its auto-confirm
// exists only inside Chromium's own browser tests), so each path starts from the state the
// reader's answer leaves: granted, the build is loaded with those origins already held (the
// popup's request then resolves at once, as it does for a reader who granted them before);
// declined, the popup's request answers "no", as the prompt's Deny does.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, screenshot } from '@/tests/harness/extension';
import { FIXTURES_DIR, openWorld, type World } from '@/tests/harness/world';
import { readStoredLibrary } from './library-helpers';

/** One server, two sites: the article on 127.0.0.1, its photo on localhost. */
let server: Server;
let port = 0;
/** Fetches of the photo by extension code (not the page's <img>, not the content script, which fetches as the page). */
let extensionFetches = 0;
/** The test build with its optional host permissions held from the start (the reader granted them). */
let grantedBuild = '';

beforeAll(async () => {
  const [html, png] = await Promise.all([readFile(join(FIXTURES_DIR, 'articles/greenway.html'), 'utf8'), readFile(join(FIXTURES_DIR, 'articles/greenway.png'))]);
  server = createServer((req, res) => {
    if (req.url === '/article.html') {
      const page = html.replace('src="/articles/greenway.png"', `src="http://localhost:${port}/photo.png"`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else if (req.url === '/photo.png' && req.headers.host?.startsWith('localhost')) {
      if (req.headers['sec-fetch-dest'] !== 'image' && !req.headers.origin?.startsWith('http://127.0.0.1')) extensionFetches++;
      res.writeHead(200, { 'content-type': 'image/png' }).end(png); // no Access-Control-Allow-Origin
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as { port: number }).port;
  grantedBuild = await mkdtemp(join(tmpdir(), 'qingwen-granted-'));
  await cp(EXTENSION_DIR, grantedBuild, { recursive: true });
  const manifest = JSON.parse(await readFile(join(grantedBuild, 'manifest.json'), 'utf8'));
  manifest.host_permissions = manifest.optional_host_permissions;
  delete manifest.optional_host_permissions;
  await writeFile(join(grantedBuild, 'manifest.json'), JSON.stringify(manifest));
});
afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  if (grantedBuild) await rm(grantedBuild, { recursive: true, force: true });
});

const holdsLocalhost = (world: World) =>
  world.ext.worker.evaluate(() => (globalThis as any).chrome.permissions.contains({ origins: ['http://localhost/*'] }) as Promise<boolean>);

async function tickAndSave(world: World, popup: Page) {
  await popup.getByTestId('embed-images').check();
  await popup.getByTestId('save').click();
  await expect.poll(() => popup.getByTestId('save-status').textContent(), { timeout: 15_000 }).toMatch(/Saved/);
  const [record] = await readStoredLibrary(world.ext.worker);
  return record;
}

test('granted: the background fetches the photo from the other host and the copy embeds it', async () => {
  const world = await openWorld({ locale: 'en-US', extensionDir: grantedBuild });
  try {
    expect(await holdsLocalhost(world)).toBe(true);
    const page = await world.openTab(`http://127.0.0.1:${port}/article.html`);
    const popup = await world.openPopup(page);
    const fetchesBefore = extensionFetches;
    const record = await tickAndSave(world, popup);
    expect(await popup.getByTestId('image-permission-note').count()).toBe(0);
    expect(record.meta.embeddedImages).toBe(1);
    expect(record.body.html).toMatch(/<img[^>]+src="data:image\/png;base64,/);
    expect(record.body.html).not.toContain(`localhost:${port}/photo.png`);
    expect(extensionFetches - fetchesBefore).toBe(1); // the background's, once
  } finally {
    await world.close();
  }
});

test('declined: the popup says the images stay links, and the copy links the photo', async () => {
  const world = await openWorld({ locale: 'en-US' });
  try {
    expect(await holdsLocalhost(world)).toBe(false);
    const fetchesBefore = extensionFetches;
    const page = await world.openTab(`http://127.0.0.1:${port}/article.html`);
    const tabId = await world.ext.tabIdOf(page);
    const popup = await world.ext.context.newPage();
    // The prompt's Deny: the request answers false (and nothing is granted).
    await popup.addInitScript(() => {
      (globalThis as any).chrome.permissions.request = () => Promise.resolve(false);
    });
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${world.ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('save').waitFor();
    const record = await tickAndSave(world, popup);
    expect(await popup.getByTestId('image-permission-note').textContent()).toMatch(/stay links|links/i);
    await screenshot(popup, 'popup-images-elsewhere-declined');
    expect(record.meta.embeddedImages).toBe(0);
    expect(record.body.html).toContain(`src="http://localhost:${port}/photo.png"`);
    expect(extensionFetches).toBe(fetchesBefore); // not fetched behind the reader's back
    expect(await holdsLocalhost(world)).toBe(false);
  } finally {
    await world.close();
  }
});
