// Bundled and run in a fresh process (node --expose-gc) to measure one cold
// start of a Simplified -> Taiwan-with-phrases converter, as a new tab would
// pay it: argv[2] is `engine` or `opencc`, argv[3] a Simplified text file.
// Prints one JSON line.
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { createConverter } from '@/lib/convert/index.ts';
import { loadDictionaries } from '@/lib/convert/dictionaries.ts';
import { configsFor } from '@/lib/convert/converter.ts';
import { dictionariesOf } from '@/lib/convert/directions.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers; // typed arrays live outside the JS heap
};

const which = process.argv[2];
// Both read the same dictionary modules: their import time is reported apart.
const importStart = performance.now();
await loadDictionaries(configsFor('taiwan-phrases').flatMap(dictionariesOf));
const importMs = performance.now() - importStart;
const before = heap();
const start = performance.now();
const convert =
  which === 'opencc' ? OpenCC.Converter({ from: 'cn', to: 'twp' }) : (await createConverter('taiwan-phrases')).convert;
const sample = convert('软件和内存');
const ms = performance.now() - start;
const bytes = heap() - before;
// The engine slices dictionary values on first use: its heap grows as pages
// are converted. Converting 100,000 characters of a page shows by how much.
const page = readFileSync(process.argv[3], 'utf8').slice(0, 100_000);
const output = convert(page);
const bytesAfterPage = heap() - before;
console.log(JSON.stringify({ which, ms, bytes, bytesAfterPage, importMs, sample, outputLength: output.length }));
