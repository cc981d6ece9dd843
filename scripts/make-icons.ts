// Renders scripts/icon.svg to the PNG sizes the manifest uses (run after editing the SVG).
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findBrowser, QUIET_FLAGS } from '@/tests/harness/browser';

const root = resolve(import.meta.dirname, '..');
const svg = await readFile(resolve(root, 'scripts/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findBrowser(), args: QUIET_FLAGS });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: resolve(root, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
