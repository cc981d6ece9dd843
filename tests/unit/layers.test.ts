// The layers (.dependency-cruiser.cjs) hold, or `npm test` fails with the offending imports:
// the engine imports no DOM, page, settings or UI code; lib/dom nothing of lib/page; components
// nothing of lib/page or lib/library; no cycles.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPCRUISE = resolve(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

test('every import respects the layers', async () => {
  const run = await promisify(execFile)(
    process.execPath,
    [DEPCRUISE, 'lib', 'components', 'entrypoints', '--config', '.dependency-cruiser.cjs', '--output-type', 'err-long'],
    { cwd: ROOT },
  ).catch((error: { stdout: string; stderr: string; code: number }) => error);
  expect(run.stdout + run.stderr).toMatch(/no dependency violations found \(\d+ modules/);
}, 180_000);
