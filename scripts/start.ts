// `npm start`: build the extension, serve the demo site on 127.0.0.1 and open Chromium
// with Qingwen loaded on the demo article. Without a display (or with --screenshot)
// it runs headless and writes screenshots of the page and the popup instead.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { launchExtension, screenshot } from '@/tests/harness/extension';
import { serveFolder } from '@/tests/harness/server';

const root = resolve(import.meta.dirname, '..');
const wantScreenshot = process.argv.includes('--screenshot') || (process.platform === 'linux' && !process.env.DISPLAY);

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const server = await serveFolder(resolve(root, 'tests/fixtures'));
const ext = await launchExtension({ headless: wantScreenshot });
const page = ext.context.pages()[0] ?? (await ext.context.newPage());
const demoUrl = server.url('/demo/');
await page.goto(demoUrl);
console.log(`Demo site: ${server.origin}/demo/  (the extension is loaded; open the Qingwen toolbar button)`);

if (wantScreenshot) {
  await page.waitForSelector('html[data-qingwen]', { timeout: 10_000 }).catch(() => {});
  await page.waitForTimeout(500);
  const pageShot = await screenshot(page, 'demo-page');
  const popup = await ext.openPopup(page);
  await popup.waitForTimeout(500);
  const popupShot = await screenshot(popup, 'demo-popup');
  console.log(`No display: wrote ${pageShot} and ${popupShot}`);
  await ext.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  ext.context.on('close', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void ext.close().then(() => server.close()).then(() => process.exit(0)));
}
