// Exit codes and messages on every error path; never a stack trace.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeStackTrace, runCli, tempDir } from './run-cli.ts';

describe('cli errors', () => {
  it('the stack-trace check itself recognises a stack trace', () => {
    expect(looksLikeStackTrace('Error: boom\n    at main (/x/lib/cli/main.ts:10:5)\n')).toBe(true);
    expect(looksLikeStackTrace('qingwen: cannot read a.txt: no such file\n')).toBe(false);
  });

  it.each([
    [[], /a command is needed/],
    [['frobnicate'], /unknown command: frobnicate/],
    [['--to', 'taiwan'], /a command comes first/],
    [['convert', 'a.txt'], /convert needs --to \(simplified, traditional, taiwan, taiwan-phrases, hongkong\)/],
    [['convert', '--to', 'klingon', 'a.txt'], /--to must be one of simplified, traditional, taiwan, taiwan-phrases, hongkong/],
    [['convert', '--to'], /--to needs a value/],
    [['repair', '--shout', 'a.txt'], /unknown option: --shout/],
    [['repair', 'a.txt', 'b.txt'], /needs --out-dir/],
    [['detect', '--to', 'taiwan', 'a.txt'], /--to, --from and --out-dir do not apply/],
    [['repair', '--out-dir', 'x'], /give FILE arguments/],
    [['repair', '--out-dir', 'x', 'a/same.txt', 'b/same.txt'], /would both be written to same.txt/],
  ])('usage error %j exits 2 with a clear message', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/--help/);
    expect(run.stdout).toBe('');
    expect(looksLikeStackTrace(run.stderr)).toBe(false);
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Usage: qingwen <command>/);
    expect(run.stdout).toMatch(/--out-dir DIR/);
  });

  it('an unreadable file is named, exits 1, and the other files are still processed', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, '软件');
    mkdirSync(join(dir, 'folder.txt'));
    const out = join(dir, 'out');
    const run = await runCli(['convert', '--to', 'taiwan-phrases', '--out-dir', out, join(dir, 'missing.txt'), join(dir, 'folder.txt'), good]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`cannot read ${join(dir, 'missing.txt')}: no such file`);
    expect(run.stderr).toContain(`cannot read ${join(dir, 'folder.txt')}: is a directory`);
    expect(readFileSync(join(out, 'good.txt'), 'utf8')).toBe('軟體');
    expect(looksLikeStackTrace(run.stderr)).toBe(false);
  });

  it('detect goes on past a missing file, and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '这是简体中文');
    const run = await runCli(['detect', join(dir, 'nope.txt'), join(dir, 'a.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nope.txt: no such file');
    expect(JSON.parse(run.stdout.trim()).script).toBe('simplified');
  });

  it('an output that cannot be written is reported (exit 1), without a stack trace', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '软件');
    writeFileSync(join(dir, 'blocker'), 'a file, not a directory');
    const run = await runCli(['convert', '--to', 'traditional', '--out-dir', join(dir, 'blocker'), join(dir, 'a.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot write .*blocker/);
    expect(looksLikeStackTrace(run.stderr)).toBe(false);
  });

  it('refuses binary input as "not text" (exit 1), and still processes the other files', async () => {
    const dir = tempDir();
    const binary = join(dir, 'random.bin');
    writeFileSync(binary, Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
    const text = join(dir, 'ok.txt');
    writeFileSync(text, '发展中国家');
    const run = await runCli(['detect', binary, text]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/random\.bin: not text/);
    expect(run.stdout).not.toMatch(/gbk-as-latin1/);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(looksLikeStackTrace(run.stderr)).toBe(false);
  });

  it('refuses to overwrite its input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), '软件');
    const run = await runCli(['convert', '--to', 'traditional', '--out-dir', dir, join(dir, 'a.txt')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/it is the input file itself/);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('软件');
  });
});
