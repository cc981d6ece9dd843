// `detect` on a 100 KB page (budget 2 ms): real Simplified and Traditional text from the shared
// corpus. Medians over interleaved runs, each beside a same-run baseline on the same text (one
// pass reading every character through a table: the least any detector does), so that a figure
// taken on a busy machine can still be judged: the ratio to the baseline moves little with load.
// CPU time is given too (the process's, per call). `npx tsx bench/detect.bench.ts` prints it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectScript } from '@/lib/detect/script.ts';
import { detectGarbles } from '@/lib/garbles/detect-garbles.ts';
import { GARBLE_KINDS } from '@/lib/garbles/registry.ts';
import type { DetectContext } from '@/lib/garbles/kind.ts';
import { median } from './stats.ts';

const corpus = resolve(import.meta.dirname, '../../shared/corpus/bench');
const RUNS = 41;
const encoder = new TextEncoder();

export interface DetectMeasure {
  page: string;
  kilobytes: number;
  /** detectScript then detectGarbles, as the content script runs them. */
  medianMs: number;
  cpuMedianMs: number;
  /** One pass of table lookups over the same text, timed beside each call. */
  baselineMs: number;
  ratio: number;
  /** Median per garble kind (their detect alone), to see where the time goes. */
  kinds: Record<string, number>;
}

export function measureDetect(runs = RUNS): DetectMeasure[] {
  return ['simplified', 'traditional'].map((name) => {
    const page = utf8Prefix(readFileSync(resolve(corpus, `${name}-1m.txt`), 'utf8'), 100 * 1024);
    detect(page); // warm-up: builds the lazy tables
    onePass(page);
    const wall: number[] = [];
    const cpu: number[] = [];
    const baseline: number[] = [];
    const kinds = new Map<string, number[]>(GARBLE_KINDS.map((k) => [k.name, []]));
    for (let run = 0; run < runs; run++) {
      // A text of its own each call: a page is detected once, nothing cached from the last call helps.
      const text = `${page}\n${run}`;
      const cpuBefore = process.cpuUsage();
      const start = performance.now();
      detect(text);
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuBefore);
      cpu.push((used.user + used.system) / 1000);
      const baselineStart = performance.now();
      onePass(text);
      baseline.push(performance.now() - baselineStart);
      timeKinds(`${text} `, kinds);
    }
    const medianMs = median(wall);
    const baselineMs = median(baseline);
    return {
      page: name,
      kilobytes: Math.round(encoder.encode(page).length / 1024),
      medianMs: round(medianMs),
      cpuMedianMs: round(median(cpu)),
      baselineMs: round(baselineMs),
      ratio: round(medianMs / baselineMs),
      kinds: Object.fromEntries([...kinds].map(([kind, times]) => [kind, round(median(times))])),
    };
  });
}

const hanTable = new Uint8Array(0x10000).fill(1, 0x4e00, 0xa000);
let sink = 0;

/** The baseline: every character read through a table, as a detector's cheapest first test does. */
function onePass(text: string): void {
  let han = 0;
  for (let i = 0; i < text.length; i++) han += hanTable[text.charCodeAt(i)];
  sink += han;
}

function detect(text: string): void {
  detectScript(text);
  detectGarbles(text);
}

/** Each kind's detect on its own context, in registry order (later kinds read earlier findings). */
function timeKinds(text: string, kinds: Map<string, number[]>): void {
  const context: DetectContext = { text, findings: [], garbled: false, add: () => {} };
  for (const kind of GARBLE_KINDS) {
    const start = performance.now();
    kind.detect?.(context);
    kinds.get(kind.name)!.push(performance.now() - start);
  }
}

/** The first `bytes` of `text` in UTF-8, cut at a character boundary. */
function utf8Prefix(text: string, bytes: number): string {
  return new TextDecoder().decode(encoder.encode(text).subarray(0, bytes)).replace(/\ufffd$/, '');
}

const round = (value: number) => Math.round(value * 100) / 100;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const m of measureDetect(Number(process.argv[2]) || RUNS))
    console.log(`${m.page} ${m.kilobytes} KB: median ${m.medianMs} ms (CPU ${m.cpuMedianMs} ms; budget 2 ms), baseline ${m.baselineMs} ms, ratio ${m.ratio}; by kind ${JSON.stringify(m.kinds)}`);
}
