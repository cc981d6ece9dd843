// Writes docs/screenshot.png for the README: the demo article as the mirror site serves it,
// the same page after Qingwen, and the popup — all from the built extension in Chromium.
// Run `npm run build` first.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension } from '@/tests/harness/extension';
import { serveFolder } from '@/tests/harness/server';

const root = resolve(import.meta.dirname, '..');
const server = await serveFolder(resolve(root, 'tests/fixtures'));
const ext = await launchExtension({ locale: 'zh-CN' });
try {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 760, height: 560 });
  await page.goto(server.url('/demo/'));
  await page.waitForSelector('html[data-qingwen="active"]');
  const after = await page.screenshot();
  const tabId = await ext.tabIdOf(page);
  await ext.worker.evaluate(
    (tabId) => (globalThis as any).chrome.tabs.sendMessage(tabId, { type: 'popupToContentSetActive', payload: { active: false } }),
    tabId,
  );
  await page.waitForSelector('html[data-qingwen="off"]');
  const before = await page.screenshot();
  await ext.worker.evaluate(
    (tabId) => (globalThis as any).chrome.tabs.sendMessage(tabId, { type: 'popupToContentSetActive', payload: { active: true } }),
    tabId,
  );
  await page.waitForSelector('html[data-qingwen="active"]');
  const popup = await ext.openPopup(page);
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.waitForTimeout(600);
  const popupShot = await popup.screenshot();

  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  const sheet = await ext.context.newPage();
  await sheet.setViewportSize({ width: 1960, height: 640 });
  await sheet.setContent(`<body style="margin:0;background:#e9e6df;font:600 20px 'Noto Sans CJK SC',sans-serif;color:#333">
    <div style="display:flex;gap:24px;padding:16px 24px;align-items:flex-start">
      <figure style="margin:0"><figcaption>Before: the mirror site's page</figcaption><img src="${img(before)}" width="760"></figure>
      <figure style="margin:0"><figcaption>After: repaired, in the reader's script</figcaption><img src="${img(after)}" width="760"></figure>
      <figure style="margin:0"><figcaption>The popup</figcaption><img src="${img(popupShot)}" width="340"></figure>
    </div></body>`);
  await sheet.screenshot({ path: resolve(root, 'docs/screenshot.png') });
  console.log('wrote docs/screenshot.png', (await readFile(resolve(root, 'docs/screenshot.png'))).length, 'bytes');
} finally {
  await ext.close();
  await server.close();
}
