// Traditional -> Simplified on 10 MB: the engine's converter against bare
// opencc-js, same text, same run, output asserted identical.
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConverter } from '@/lib/convert/index.ts';
import { median, timeAlternately, touch } from './stats.ts';

const BENCH_FILE = resolve(import.meta.dirname, '../../shared/corpus/bench/traditional-1m.txt');

export interface ThroughputFigures {
  megabytes: number;
  engineMs: number;
  openccMs: number;
  /** engine time / opencc-js time: at most 1.1 is the target. */
  ratio: number;
  /** The same in CPU time, which other processes on the machine disturb less. */
  cpuRatio: number;
}

export async function measureConvertThroughput(targetBytes = 10e6, runs = 5): Promise<ThroughputFigures> {
  const unit = readFileSync(BENCH_FILE, 'utf8');
  const unitBytes = Buffer.byteLength(unit);
  const text = unit.repeat(Math.ceil(targetBytes / unitBytes));
  const engine = await createConverter('simplified');
  const opencc = OpenCC.Converter({ from: 't', to: 'cn' });
  if (engine.convert(text) !== opencc(text)) throw new Error('engine output differs from opencc-js');
  const times = timeAlternately(runs, () => touch(engine.convert(text)), () => touch(opencc(text)));
  const engineMs = median(times.a.wall);
  const openccMs = median(times.b.wall);
  return {
    megabytes: (unitBytes * Math.ceil(targetBytes / unitBytes)) / 1e6,
    engineMs,
    openccMs,
    ratio: engineMs / openccMs,
    cpuRatio: median(times.a.cpu) / median(times.b.cpu),
  };
}
