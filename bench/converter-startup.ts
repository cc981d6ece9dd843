// Converter startup, Simplified -> Taiwan with phrases: each sample is a fresh
// process, so neither side profits from the other's warm JIT or heap.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { median } from './stats.ts';

const probe = resolve(import.meta.dirname, 'converter-startup-probe.ts');

interface Sample {
  ms: number;
  bytes: number;
  bytesAfterPage: number;
  importMs: number;
  sample: string;
}

function runProbe(which: 'engine' | 'opencc'): Sample {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', probe, which], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

export interface StartupFigures {
  engine: { ms: number; bytes: number; bytesAfterPage: number };
  opencc: { ms: number; bytes: number; bytesAfterPage: number };
  /** Importing the dictionary modules (the same for both; in a page, also the fetch). */
  importMs: number;
}

export function measureConverterStartup(samples = 5): StartupFigures {
  const runs = { engine: [] as Sample[], opencc: [] as Sample[] };
  for (let i = 0; i < samples; i += 1) {
    runs.engine.push(runProbe('engine'));
    runs.opencc.push(runProbe('opencc'));
  }
  if (runs.engine[0].sample !== runs.opencc[0].sample) throw new Error('engine and opencc-js disagree on the sample');
  const summary = (list: Sample[]) => ({
    ms: median(list.map((s) => s.ms)),
    bytes: median(list.map((s) => s.bytes)),
    bytesAfterPage: median(list.map((s) => s.bytesAfterPage)),
  });
  return {
    engine: summary(runs.engine),
    opencc: summary(runs.opencc),
    importMs: median([...runs.engine, ...runs.opencc].map((s) => s.importMs)),
  };
}
