// Runs the CLI as a subprocess, the way `npm run cli` does (tsx, from source).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const MAIN = resolve(ROOT, 'lib/cli/main.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: options.cwd ?? ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', failed);
    child.on('close', (code) => done({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.end(options.stdin ?? '');
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'qingwen-cli-'));
}

/** A stack trace line ("    at fn (file:1:2)") or Node's error banner. */
export function looksLikeStackTrace(text: string): boolean {
  return /^\s+at .+(:\d+:\d+\)?|native)$/m.test(text) || /node:internal|Error: .*\n\s+at /.test(text);
}
