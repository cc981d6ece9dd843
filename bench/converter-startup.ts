// Converter startup, Simplified -> Taiwan with phrases: each sample is a fresh
// process, so neither side profits from the other's warm JIT or heap. The
// probe is bundled first, as the engine is for the page (dictionaries become
// chunks), and runs on plain Node: tsx's loader would add a thread round trip
// to every import() the converter makes, which a page does not pay.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { median } from './stats.ts';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, '.tmp/converter-startup-probe');

async function bundleProbe(): Promise<string> {
  await build({
    entryPoints: { probe: resolve(import.meta.dirname, 'converter-startup-probe.ts') },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    charset: 'utf8',
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  return resolve(outdir, 'probe.mjs');
}

interface Sample {
  ms: number;
  bytes: number;
  bytesAfterPage: number;
  importMs: number;
  sample: string;
}

function runProbe(probe: string, which: 'engine' | 'opencc'): Sample {
  const text = resolve(root, '../shared/corpus/bench/simplified-1m.txt');
  const out = execFileSync(process.execPath, ['--expose-gc', probe, which, text], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export interface StartupSummary {
  /** Median time to ready. */
  ms: number;
  /** Best time to ready: the machine with the least contention. */
  bestMs: number;
  bytes: number;
  bytesAfterPage: number;
}

export interface StartupFigures {
  engine: StartupSummary;
  opencc: StartupSummary;
  /** Importing the dictionary modules (the same for both; in a page, also the fetch). */
  importMs: number;
}

export async function measureConverterStartup(samples = 7): Promise<StartupFigures> {
  const probe = await bundleProbe();
  const runs = { engine: [] as Sample[], opencc: [] as Sample[] };
  for (let i = 0; i < samples; i += 1) {
    runs.engine.push(runProbe(probe, 'engine'));
    runs.opencc.push(runProbe(probe, 'opencc'));
  }
  if (runs.engine[0].sample !== runs.opencc[0].sample) throw new Error('engine and opencc-js disagree on the sample');
  const summary = (list: Sample[]) => ({
    ms: median(list.map((s) => s.ms)),
    bestMs: Math.min(...list.map((s) => s.ms)),
    bytes: median(list.map((s) => s.bytes)),
    bytesAfterPage: median(list.map((s) => s.bytesAfterPage)),
  });
  return {
    engine: summary(runs.engine),
    opencc: summary(runs.opencc),
    importMs: median([...runs.engine, ...runs.opencc].map((s) => s.importMs)),
  };
}
