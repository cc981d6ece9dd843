// `detect` on a 100 KB page (budget 2 ms): real Simplified and Traditional text from the shared corpus.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureDetect as measure, utf8Prefix } from '@/lib/engine/measure.ts';

const corpus = resolve(import.meta.dirname, '../../shared/corpus/bench');

export function measureDetect(): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name of ['simplified', 'traditional']) {
    const page = utf8Prefix(readFileSync(resolve(corpus, `${name}-1m.txt`), 'utf8'), 100 * 1024);
    const t = measure(page);
    result[name] = `${t.totalMs.toFixed(2)} ms (script ${t.scriptMs.toFixed(2)}, garbles ${t.garblesMs.toFixed(2)}) on ${t.kilobytes} KB`;
  }
  result.budget = '2 ms';
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(measureDetect());
