// A reader's phrase table of 10,000 entries must keep conversion at >= 0.8x its speed without
// one (issue 9). Two tables per direction: 10,000 real words in the text's script (OpenCC's
// STPhrases, so they occur in the text as often as words do), and a worst case where every
// entry is a phrase taken from the text itself, so that the table matches all through it and
// cuts the text into many pieces for the dictionaries.
import { readFileSync } from 'node:fs';
import STPhrases from 'opencc-js/dict/STPhrases';
import { resolve } from 'node:path';
import { createConverter } from '@/lib/convert/index.ts';
import type { Target } from '@/lib/engine/types.ts';
import { median, timeAlternately, touch } from './stats.ts';

const CORPUS = resolve(import.meta.dirname, '../../shared/corpus/bench');

export interface PhraseTableFigures {
  label: string;
  entries: number;
  /** Places in the text where a table entry matched (as the table segments it). */
  matches: number;
  withoutMs: number;
  withMs: number;
  /** Speed with the table / speed without it: at least 0.8 is the target. */
  speedRatio: number;
  /** The same in CPU time, which the other processes on a busy machine disturb less. */
  cpuSpeedRatio: number;
}

/** `count` words of STPhrases (Simplified keys, or their first Traditional value), every 4th entry. */
function dictionaryWords(count: number, traditional: boolean): Record<string, string> {
  const table: Record<string, string> = {};
  const entries = STPhrases.split('|');
  for (let i = 0, found = 0; i < entries.length && found < count; i += 4) {
    const [simplified, values] = entries[i].split(' ');
    const word = traditional ? values?.split(' ')[0] : simplified;
    if (!word || word in table) continue;
    table[word] = [...word].reverse().join('');
    found++;
  }
  return table;
}

/** `count` distinct Han phrases of 2-4 characters from `text`, at seeded pseudo-random places. */
function phrasesFrom(text: string, count: number): Record<string, string> {
  const table: Record<string, string> = {};
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let found = 0;
  for (let tries = 0; found < count && tries < count * 50; tries++) {
    const at = Math.floor(random() * (text.length - 4));
    const phrase = text.slice(at, at + 2 + Math.floor(random() * 3));
    if (!/^[\u4e00-\u9fff]+$/.test(phrase) || phrase in table) continue;
    table[phrase] = [...phrase].reverse().join('');
    found++;
  }
  return table;
}

async function measure(file: string, target: Target, label: string, phrases: Record<string, string>, runs: number): Promise<PhraseTableFigures> {
  const text = readFileSync(resolve(CORPUS, file), 'utf8');
  const plain = await createConverter(target);
  const custom = await createConverter(target, { phrases });
  const withTable = custom.convert(text);
  let matches = 0;
  for (const phrase of Object.keys(phrases)) for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) matches++;
  touch(withTable);
  // Warm both alike before timing: the first runs in a fresh process pay for compiling and for
  // growing the heap, and whichever converter runs first pays more of it.
  for (let run = 0; run < 5; run++) touch([plain.convert(text), custom.convert(text)]);
  const times = timeAlternately(runs, () => touch(plain.convert(text)), () => touch(custom.convert(text)));
  const withoutMs = median(times.a.wall);
  const withMs = median(times.b.wall);
  return {
    label,
    entries: Object.keys(phrases).length,
    matches,
    withoutMs,
    withMs,
    speedRatio: withoutMs / withMs,
    cpuSpeedRatio: median(times.a.cpu) / median(times.b.cpu),
  };
}

const text = (file: string) => readFileSync(resolve(CORPUS, file), 'utf8');

/** Both directions a page converts in, 1 MB each. */
export async function measurePhraseTables(entries = 10_000, runs = 15): Promise<PhraseTableFigures[]> {
  const T = 'traditional-1m.txt';
  const S = 'simplified-1m.txt';
  return [
    await measure(T, 'simplified', 't->cn, words', dictionaryWords(entries, true), runs),
    await measure(S, 'taiwan', 'cn->tw, words', dictionaryWords(entries, false), runs),
    await measure(T, 'simplified', 't->cn, worst case', phrasesFrom(text(T), entries), runs),
    await measure(S, 'taiwan', 'cn->tw, worst case', phrasesFrom(text(S), entries), runs),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await measurePhraseTables()) console.log(f);
}
