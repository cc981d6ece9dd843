// Pinyin-injection repair throughput: 1 MB of real Traditional text corrupted by the simulator
// (60 most frequent Traditional-only characters, plus 請 for cross-character splits), repeated
// to about 10 MB. `npx tsx bench/pinyin.bench.ts` prints it; bench/engine.bench.ts imports
// measurePinyinRepair(). MB are UTF-8 bytes of the corrupted input.
import { pathToFileURL } from 'node:url';
import { legacyEncoder } from '@/lib/codec/legacy-tables.ts';
import { findPinyinInjection, repairPinyinInjection } from '@/lib/garbles/pinyin-injection/index.ts';
import { loadWordModel } from '@/lib/detect/word-model.ts';
import { injectPinyin } from '@/tests/harness/corrupt.ts';
import { corpusFile } from '@/tests/harness/corpus.ts';
import { median } from './stats.ts';

export interface PinyinRepairMeasure {
  megabytes: number;
  medianMs: number;
  mbPerSecond: number;
  /** The same from the process's CPU time: what the code costs when the machine is shared. */
  cpuMbPerSecond: number;
  /** Median time of the page-level signature (findPinyinInjection) on the same input. */
  detectMs: number;
  annotations: number;
  target: string;
}

export function measurePinyinRepair(targetMegabytes = 10, runs = 7): PinyinRepairMeasure {
  const text = corpusFile('bench/traditional-1m.txt');
  const once = injectPinyin(text, [...mostFrequentTraditionalOnly(text, 60), '請']);
  const input = once.repeat(Math.max(1, Math.round((targetMegabytes * 1e6) / Buffer.byteLength(once))));
  const bytes = Buffer.byteLength(input);
  let annotations = 0;
  const cpuBefore = process.cpuUsage();
  const repairTimes = timeRuns(runs, () => (annotations = repairPinyinInjection(input).repaired));
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerRun = (cpu.user + cpu.system) / 1000 / (runs + 1);
  const detectTimes = timeRuns(runs, () => findPinyinInjection(input));
  const medianMs = median(repairTimes);
  return {
    megabytes: round(bytes / 1e6),
    medianMs: round(medianMs),
    mbPerSecond: round(bytes / 1e6 / (medianMs / 1000)),
    cpuMbPerSecond: round(bytes / 1e6 / (cpuMsPerRun / 1000)),
    detectMs: round(median(detectTimes)),
    annotations,
    target: '>= 20 MB/s',
  };
}

export interface LinesExactMeasure {
  corruption: string;
  lines: number;
  linesExact: number;
  percent: number;
  spansReported: number;
  target: string;
}

/**
 * How exact the repair is on 1 MB of real text corrupted by the mechanism (lost bytes chosen by
 * the word model and the page): lines that come back exactly, and spans reported as guessed.
 * Two lists: the usual one (60 Traditional-only characters and 請), and that one plus the ten
 * commonest shared characters (the variant of issue 10).
 */
export async function measureLinesExact(): Promise<LinesExactMeasure[]> {
  await loadWordModel();
  const text = corpusFile('bench/traditional-1m.txt');
  const lines = text.split('\n');
  const lists: [string, string[]][] = [
    ['60 Traditional-only characters + 請', [...mostFrequentTraditionalOnly(text, 60), '請']],
    ['the same + 10 shared characters', [...mostFrequentTraditionalOnly(text, 60), '請', ...mostFrequent(text, 10, true)]],
  ];
  return lists.map(([corruption, list]) => {
    const result = repairPinyinInjection(injectPinyin(text, list));
    const available = new Map<string, number>();
    for (const line of result.text.split('\n')) available.set(line, (available.get(line) ?? 0) + 1);
    let linesExact = 0;
    for (const line of lines) {
      const left = available.get(line) ?? 0;
      if (left) (linesExact++, available.set(line, left - 1));
    }
    return { corruption, lines: lines.length, linesExact, percent: Math.round((linesExact / lines.length) * 10000) / 100, spansReported: result.unrecoverable.length, target: '>= 99.95%' };
  });
}

function timeRuns(runs: number, fn: () => unknown): number[] {
  fn(); // warm-up: builds the GBK and readings tables
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

const round = (value: number) => Math.round(value * 10) / 10;

function mostFrequentTraditionalOnly(text: string, count: number): string[] {
  return mostFrequent(text, count, false);
}

/** The Han characters of GBK the text uses most: shared (GB2312) ones, or Traditional-only ones. */
function mostFrequent(text: string, count: number, shared: boolean): string[] {
  const encoder = legacyEncoder('gbk');
  const counts = new Map<string, number>();
  for (const ch of text) {
    const code = encoder.codeOf(ch.charCodeAt(0));
    const gb2312 = (code & 0xff) >= 0xa1 && code >> 8 >= 0xa1 && code >> 8 <= 0xf7;
    if (code > 0xff && gb2312 === shared && /\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, count).map(([ch]) => ch);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = measurePinyinRepair();
  console.log(`repair pinyin injection, ${result.megabytes} MB (${result.annotations} annotations): median ${result.medianMs} ms = ${result.mbPerSecond} MB/s (target >= 20 MB/s)`);
  console.log(`  by CPU time (mean, includes the warm-up run): ${result.cpuMbPerSecond} MB/s`);
  console.log(`findPinyinInjection on the same input: median ${result.detectMs} ms`);
  for (const m of await measureLinesExact())
    console.log(`1 MB corrupted (${m.corruption}): ${m.linesExact}/${m.lines} lines exact = ${m.percent}% (target ${m.target}), ${m.spansReported} spans reported`);
}
