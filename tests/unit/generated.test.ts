// Every generated file (engine data, fixture pages) is what its generator makes today: the
// generators run in a copy of the project and nothing may come out different.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { expect, test } from 'vitest';
import { GENERATORS, staleFiles } from '@/scripts/generate.ts';

test('npm run generate knows every generator in scripts/', async () => {
  const { readdirSync } = await import('node:fs');
  const scripts = readdirSync(join(import.meta.dirname, '../../scripts')).filter((name) => /^(make|build)-.*\.ts$/.test(name));
  // Not generators of committed files: the CLI and engine bundles are build outputs, the README
  // screenshot is a picture of the running extension.
  const notGenerators = ['build-cli.ts', 'build-engine.ts', 'make-readme-screenshot.ts'];
  expect(GENERATORS.map((g) => g.script.replace('scripts/', '')).sort()).toEqual(scripts.filter((s) => !notGenerators.includes(s)).sort());
});

test('no generated file is stale (else: npm run generate)', () => {
  const copy = join(tmpdir(), `qingwen-generate-${process.pid}`);
  try {
    expect(staleFiles(copy)).toEqual([]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}, 300_000);
