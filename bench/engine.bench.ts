// npm run bench: the text engine's figures, medians and ratios from one run.
// Sections owned by other modules are included when those modules exist.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureBatchConversion } from './convert-batch.ts';
import { measureConverterChunks } from './convert-chunks.ts';
import { measureConvertThroughput } from './convert-throughput.ts';
import { measureConverterStartup } from './converter-startup.ts';
import { measureDetect } from './detect.bench.ts';
import { measurePhraseTables } from './phrases.ts';
import { mb, ms } from './stats.ts';
import { configsFor } from '@/lib/convert/converter.ts';
import { precompileTries } from '@/lib/convert/precompile.ts';
import { binaryFileOf } from '@/lib/convert/precompiled-tries.ts';
import { trieId, trieListsOf } from '@/lib/convert/trie-units.ts';
import type { Target } from '@/lib/engine/types.ts';

type Measure = () => Promise<Record<string, unknown>> | Record<string, unknown>;

/** Imports `exportName` from a bench module written elsewhere in the project, if it exists yet. */
async function optionalMeasure(file: string, exportName: string): Promise<Measure | undefined> {
  const path = resolve(import.meta.dirname, file);
  if (!existsSync(path)) return undefined;
  const module = (await import(path)) as Record<string, unknown>;
  return typeof module[exportName] === 'function' ? (module[exportName] as Measure) : undefined;
}

function line(label: string, value: string) {
  console.log(`${label.padEnd(44)} ${value}`);
}

async function main() {
  console.log(`Qingwen engine bench (Node ${process.version}, medians)\n`);

  // Detection runs on every Chinese page: median of interleaved runs beside a same-run baseline,
  // first, while the heap is as small as a page's (later sections leave 100 MB of garbage).
  for (const m of measureDetect()) {
    line(`detect, ${m.kilobytes} KB ${m.page} page`, `${m.medianMs.toFixed(2)} ms median (CPU ${m.cpuMedianMs.toFixed(2)} ms; target <= 2 ms)`);
    line('  same run: one pass of table lookups / ratio', `${m.baselineMs.toFixed(2)} ms / ${m.ratio.toFixed(1)}x`);
    line('  by garble kind (ms)', Object.entries(m.kinds).map(([kind, value]) => `${kind} ${value.toFixed(2)}`).join(', '));
  }

  const throughput = await measureConvertThroughput();
  const speed = (time: number) => `${(throughput.megabytes / (time / 1000)).toFixed(1)} MB/s`;
  line(`convert t->cn ${throughput.megabytes.toFixed(1)} MB, engine`, `${ms(throughput.engineMs)} (${speed(throughput.engineMs)})`);
  line(`convert t->cn ${throughput.megabytes.toFixed(1)} MB, opencc-js`, `${ms(throughput.openccMs)} (${speed(throughput.openccMs)})`);
  line('  ratio engine / opencc-js (target <= 1.1)', `${throughput.ratio.toFixed(2)} (CPU time ${throughput.cpuRatio.toFixed(2)}), output identical`);

  const batch = await measureBatchConversion();
  line(`convertBatch t->cn, ${batch.nodes} nodes, ${batch.kilobytes} KB`, ms(batch.engineMs));
  line('  opencc-js node by node / joined', `${ms(batch.openccPerNodeMs)} / ${ms(batch.openccJoinedMs)}`);
  line('  ratio engine / opencc-js joined', (batch.engineMs / batch.openccJoinedMs).toFixed(2));

  const startup = await measureConverterStartup();
  const heapFigures = (f: typeof startup.engine) => `${mb(f.bytes)} heap (${mb(f.bytesAfterPage)} after converting 100,000 characters)`;
  const times = (f: typeof startup.engine) => `${ms(f.ms)} (best ${ms(f.bestMs)})`;
  line('startup s2twp, engine (fresh process)', `${times(startup.engine)}, ${heapFigures(startup.engine)}`);
  line('startup s2twp, opencc-js (fresh process)', `${times(startup.opencc)}, ${heapFigures(startup.opencc)}`);
  line(
    '  ratio engine / opencc-js (time, heap)',
    `${(startup.engine.ms / startup.opencc.ms).toFixed(2)} (best ${(startup.engine.bestMs / startup.opencc.bestMs).toFixed(2)}), ${(startup.engine.bytes / startup.opencc.bytes).toFixed(2)}  (target <= 50 ms, <= 10 MB)`,
  );
  line('  before either: importing the dictionaries', ms(startup.importMs));

  const chunks = await measureConverterChunks();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB gzip`;
  line('bundle: converter code', kb(chunks.code));
  line('bundle: fetched toward Simplified', kb(chunks.direction('simplified')));
  line('bundle: fetched toward Taiwan (phrases)', kb(chunks.direction('taiwan-phrases')));
  // The extension ships precompiled tries instead (read from its own files, not compressed).
  const tries = await precompileTries();
  const binaryKb = (target: Target) => {
    const files = new Set(configsFor(target).flatMap(trieListsOf).map((names) => binaryFileOf(trieId(names))));
    const bytes = tries.filter((trie) => files.has(trie.file)).reduce((sum, trie) => sum + trie.bytes.length, 0);
    return `${(bytes / 1024).toFixed(1)} KB`;
  };
  line('extension: precompiled tries toward Simplified', binaryKb('simplified'));
  line('extension: precompiled tries toward Taiwan (phrases)', binaryKb('taiwan-phrases'));

  // Issue 9's row: a reader's phrase table (bench/phrases.ts).
  for (const f of await measurePhraseTables()) {
    line(
      `phrase table ${f.entries} entries, ${f.label}`,
      `${ms(f.withMs)} vs ${ms(f.withoutMs)} without: speed ${f.speedRatio.toFixed(2)}x (CPU ${f.cpuSpeedRatio.toFixed(2)}x; target >= 0.8), ${f.matches} matches`,
    );
  }

  const pinyin = await optionalMeasure('pinyin.bench.ts', 'measurePinyinRepair');
  if (pinyin) {
    const m = (await pinyin()) as { megabytes: number; medianMs: number; mbPerSecond: number; detectMs: number };
    line(`repair pinyin injection, ${m.megabytes} MB`, `${ms(m.medianMs)} (${m.mbPerSecond} MB/s, target >= 20), signature ${ms(m.detectMs)}`);
  } else {
    line('repair pinyin injection', 'not measured: bench/pinyin.bench.ts has no measurePinyinRepair() yet');
  }
  const linesExact = await optionalMeasure('pinyin.bench.ts', 'measureLinesExact');
  if (linesExact) {
    for (const m of (await linesExact()) as { corruption: string; lines: number; linesExact: number; percent: number; spansReported: number; target: string }[])
      line(`pinyin repair, 1 MB corrupted (${m.corruption})`, `${m.linesExact}/${m.lines} lines exact = ${m.percent}% (target ${m.target}), ${m.spansReported} spans reported`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
