// Bundles the command-line tool into one ES module, dist/cli.js, for the `qingwen` bin
// (`npm install -g .`, `npx`): our TypeScript compiled once, npm packages left as imports
// (they are this package's dependencies). Run by `npm run build:cli` and by `prepare`.
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** Where package.json's bin points. */
export const CLI_BUNDLE = resolve(root, 'dist/cli.js');

export async function buildCli(outfile = CLI_BUNDLE): Promise<string> {
  await build({
    entryPoints: [resolve(root, 'lib/cli/main.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    charset: 'utf8',
    banner: { js: '#!/usr/bin/env node' },
    alias: { '@': root },
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli(process.argv[2] ? resolve(process.argv[2]) : undefined);
