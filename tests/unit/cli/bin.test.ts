// The `qingwen` command that `npm install -g .` and `npx` install: package.json's bin is the
// bundle scripts/build-cli.ts writes (run by `prepare` on every install), and that bundle runs.
import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, CLI_BUNDLE } from '@/scripts/build-cli.ts';
import { ROOT } from './run-cli.ts';

const run = promisify(execFile);
const packageJson = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
// Inside the project, so that the bundle finds the dependencies it imports, as an install does.
const bundle = resolve(ROOT, '.tmp/bin-test/cli.js');

describe('the qingwen bin', () => {
  beforeAll(async () => {
    await buildCli(bundle);
  });

  it('is the bundle that `prepare` builds', () => {
    expect(resolve(ROOT, packageJson.bin.qingwen)).toBe(CLI_BUNDLE);
    expect(packageJson.scripts.prepare).toBe('npm run build:cli');
    expect(packageJson.scripts['build:cli']).toBe('tsx scripts/build-cli.ts');
  });

  it('is an executable script for node', () => {
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bundle).mode & 0o111).toBe(0o111);
  });

  it('answers --help and converts standard input, without tsx', async () => {
    const help = await run(bundle, ['--help']);
    expect(help.stdout).toMatch(/^Usage: qingwen <command>/);
    const child = run(bundle, ['convert', '--to', 'simplified', '--from', 'twp']);
    child.child.stdin!.end('軟體和網路');
    expect((await child).stdout).toBe('软件和网络');
  });

  it('reports a usage error in one line, listing every target', async () => {
    const failed = await run(bundle, ['convert', 'a.txt']).catch((error) => error);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe('qingwen: convert needs --to (simplified, traditional, taiwan, taiwan-phrases, hongkong)\nTry: qingwen --help\n');
  });
});
