import { afterAll, beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { launchExtension, screenshot, type ExtensionSession } from '../harness/extension';
import { serveFolder, type FixtureServer } from '../harness/server';

let ext: ExtensionSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFolder(resolve(import.meta.dirname, '../fixtures'));
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('the content script runs on the demo page and the popup opens on that tab', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/'));
  await expect.poll(() => page.getAttribute('html', 'data-qingwen')).toBe('active');
  await screenshot(page, 'foundation-demo');

  const popup = await ext.openPopup(page);
  await expect.poll(() => popup.textContent('h1')).toContain('Qingwen');
  await screenshot(popup, 'foundation-popup');
});

test('the content script stays out of a page that is not Chinese', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/english.html'));
  await page.waitForTimeout(300);
  expect(await page.getAttribute('html', 'data-qingwen')).toBeNull();
});
