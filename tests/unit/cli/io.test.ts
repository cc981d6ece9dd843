// Inputs and outputs: stdin, --out-dir, --report, detect's JSON lines, and
// legacy-charset files decoded with chardet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyEncoder } from '@/lib/codec/legacy-tables.ts';
import { corpusFile, CORPUS_DIR } from '@/tests/harness/corpus.ts';
import { runCli, tempDir } from './run-cli.ts';

const SIMPLIFIED = '这是一段简体中文的文字，用来测试编码的检测。我们在北京见面，讨论软件和网络的问题。';
const TRADITIONAL = '這是一段繁體中文的文字，用來測試編碼的偵測。我們在臺北見面，討論軟體和網路的問題。';

describe('cli input and output', () => {
  it('reads standard input when no file is given and writes standard output', async () => {
    const run = await runCli(['convert', '--to', 'taiwan-phrases'], { stdin: '软件和内存\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('軟體和記憶體\n');
    expect(run.stderr).toBe('');
  });

  it('--from reads Taiwan vocabulary back into Simplified words', async () => {
    const plain = await runCli(['convert', '--to', 'simplified'], { stdin: '軟體和滑鼠' });
    expect(plain.stdout).toBe('软体和滑鼠');
    const vocabulary = await runCli(['convert', '--to', 'simplified', '--from', 'twp'], { stdin: '軟體和滑鼠' });
    expect(vocabulary.stdout).toBe('软件和鼠标');
  });

  it('--out-dir writes each file under its base name; --report writes JSON lines to stderr', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.txt'), '軟體和網路');
    writeFileSync(join(dir, 'two.txt'), '後來');
    const out = join(dir, 'nested', 'out');
    const run = await runCli(['convert', '--to', 'simplified', '--out-dir', out, '--report', join(dir, 'one.txt'), join(dir, 'two.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(out, 'one.txt'), 'utf8')).toBe('软体和网路');
    expect(readFileSync(join(out, 'two.txt'), 'utf8')).toBe('后来');
    const reports = run.stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(reports.map((report) => report.output)).toEqual([join(out, 'one.txt'), join(out, 'two.txt')]);
    expect(reports[0]).toMatchObject({ command: 'convert', encoding: { name: 'utf-8' }, conversion: { to: 'simplified', changedParts: 1 } });
  });

  it('decodes a GBK file and a Big5 file, and says so in the report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'gbk.txt'), legacyEncoder('gbk').encode(SIMPLIFIED));
    writeFileSync(join(dir, 'big5.txt'), legacyEncoder('big5').encode(TRADITIONAL));
    const out = join(dir, 'out');
    const run = await runCli(['convert', '--to', 'taiwan', '--out-dir', out, '--report', join(dir, 'gbk.txt'), join(dir, 'big5.txt')]);
    expect(run.code).toBe(0);
    const [gbk, big5] = run.stderr.trim().split('\n').map((line) => JSON.parse(line));
    expect(gbk.encoding).toMatchObject({ name: 'gb18030', detectedBy: 'chardet', note: 'not UTF-8: decoded as gb18030' });
    expect(big5.encoding).toMatchObject({ name: 'big5', detectedBy: 'chardet', note: 'not UTF-8: decoded as big5' });
    // Output is UTF-8 text in the target script.
    expect(readFileSync(join(out, 'gbk.txt'), 'utf8')).toContain('這是一段簡體中文的文字');
    expect(readFileSync(join(out, 'big5.txt'), 'utf8')).toContain('我們在臺北見面');
  });

  it('detect prints one JSON object per file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big5.txt'), legacyEncoder('big5').encode(TRADITIONAL));
    const run = await runCli(['detect', join(CORPUS_DIR, 'seed-article.txt'), join(dir, 'big5.txt')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe(join(CORPUS_DIR, 'seed-article.txt'));
    expect(lines[0].garbles).toContainEqual(expect.objectContaining({ kind: 'pinyin-injection', recoverable: true }));
    for (const garble of lines[0].garbles) expect(Object.keys(garble).sort()).toEqual(['confidence', 'count', 'kind', 'recoverable']);
    expect(lines[1]).toMatchObject({ script: 'traditional', encoding: { name: 'big5', detectedBy: 'chardet' } });
  });

  it('repair removes the injected pinyin and reports it; --to converts the result', async () => {
    const seed = corpusFile('seed-article.txt');
    const injected = /[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/;
    expect(seed).toMatch(injected);
    const run = await runCli(['repair', '--to', 'simplified', '--report', join(CORPUS_DIR, 'seed-article.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(injected);
    expect(run.stdout).toContain('光明日报记者');
    const report = JSON.parse(run.stderr.trim());
    expect(report.repaired).toContainEqual(expect.objectContaining({ kind: 'pinyin-injection' }));
  });
});
