import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findBrowser } from './browser';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the Chrome extension once before the e2e files run, in test mode (.output/chrome-mv3-test:
 * the background exposes its test hooks); QINGWEN_SKIP_BUILD=1 reuses that build.
 */
export default function setup() {
  findBrowser(); // fail early, with the install hint, before a build nobody can load
  if (process.env.QINGWEN_SKIP_BUILD === '1' && existsSync(resolve(root, '.output/chrome-mv3-test/manifest.json'))) return;
  execFileSync('npx', ['wxt', 'build', '--mode', 'test'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
