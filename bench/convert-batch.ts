// Page-shaped conversion: 5,000 text nodes holding 300 KB of Traditional text,
// converted with convertBatch, against opencc-js node by node and opencc-js
// joined with a separator (the fastest opencc-js way, performance.md).
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConverter } from '@/lib/convert/index.ts';
import { medianTime, touch } from './stats.ts';

const BENCH_FILE = resolve(import.meta.dirname, '../../shared/corpus/bench/traditional-1m.txt');

export interface BatchFigures {
  nodes: number;
  kilobytes: number;
  engineMs: number;
  openccPerNodeMs: number;
  openccJoinedMs: number;
}

/** Cuts text into `count` nodes of varied length, about `bytes` in all. */
function pageNodes(text: string, count: number, bytes: number): string[] {
  const chars = Math.round((text.length * bytes) / Buffer.byteLength(text));
  const nodes: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    const length = Math.max(1, Math.round((chars / count) * (0.25 + ((i * 7919) % 150) / 100)));
    nodes.push(text.slice(at, at + length));
    at += length;
  }
  return nodes;
}

export async function measureBatchConversion(runs = 15): Promise<BatchFigures> {
  const nodes = pageNodes(readFileSync(BENCH_FILE, 'utf8'), 5000, 300_000);
  const engine = await createConverter('simplified');
  const opencc = OpenCC.Converter({ from: 't', to: 'cn' });
  const expected = nodes.map(opencc);
  const got = engine.convertBatch(nodes);
  if (got.some((text, index) => text !== expected[index])) throw new Error('convertBatch differs from opencc-js');
  return {
    nodes: nodes.length,
    kilobytes: Math.round(Buffer.byteLength(nodes.join('')) / 1000),
    engineMs: medianTime(runs, () => touch(engine.convertBatch(nodes))),
    openccPerNodeMs: medianTime(runs, () => touch(nodes.map(opencc))),
    // Joined opencc-js can let phrases match across nodes; it is timed, not trusted.
    openccJoinedMs: medianTime(runs, () => touch(opencc(nodes.join('\u0000')).split('\u0000'))),
  };
}
