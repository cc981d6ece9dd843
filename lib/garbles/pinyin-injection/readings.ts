// Pinyin readings and commonness of two-byte GBK codes, decoded once from the generated table
// (lib/garbles/pinyin-injection/data/gbk-readings.ts, built from pinyin-pro by scripts/build-pinyin-readings.ts).
import { READINGS, SYLLABLES } from './data/gbk-readings';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CLASS_MARKS = '!#%&';
const CODES = 126 * 190;

/** How a reading compares with an annotation. */
export const enum ReadingMatch {
  None = 0,
  /** Same syllable, different tone (or the annotation carries none): 績 jī vs the library's jì. */
  Toneless = 1,
  Exact = 2,
}

interface Table {
  /** Syllable ids of code index i: ids[start[i] .. start[i + 1]). */
  start: Int32Array;
  ids: Uint16Array;
  /** Syllable id -> id of its toneless base. */
  baseOf: Uint16Array;
  commonness: Uint8Array;
  syllableId: Map<string, number>;
  baseId: Map<string, number>;
}

let table: Table | undefined;

function load(): Table {
  const syllables = SYLLABLES.split(' ');
  const syllableId = new Map<string, number>();
  const baseId = new Map<string, number>();
  const baseOf = new Uint16Array(syllables.length);
  syllables.forEach((s, id) => {
    syllableId.set(s, id);
    const base = tonelessBase(s.slice(0, -1));
    if (!baseId.has(base)) baseId.set(base, baseId.size);
    baseOf[id] = baseId.get(base)!;
  });
  const digit = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) digit[DIGITS.charCodeAt(i)] = i;
  const start = new Int32Array(CODES + 1);
  const ids = new Uint16Array(READINGS.length >> 1);
  const commonness = new Uint8Array(CODES);
  let code = -1;
  let n = 0;
  for (let i = 0; i < READINGS.length; ) {
    const mark = CLASS_MARKS.indexOf(READINGS[i]);
    if (mark >= 0) {
      start[++code] = n;
      commonness[code] = mark;
      i++;
    } else {
      ids[n++] = (digit[READINGS.charCodeAt(i)] << 6) | digit[READINGS.charCodeAt(i + 1)];
      i += 2;
    }
  }
  start[CODES] = n;
  return { start, ids, baseOf, commonness, syllableId, baseId };
}

function tableOnce(): Table {
  return (table ??= load());
}

/** Index of a two-byte code in the table, or -1 outside lead 0x81-0xFE / trail 0x40-0xFE. */
function indexOf(code: number): number {
  const lead = code >> 8;
  const trail = code & 0xff;
  if (lead < 0x81 || lead > 0xfe || trail < 0x40 || trail > 0xfe || trail === 0x7f) return -1;
  return (lead - 0x81) * 190 + trail - (trail > 0x7f ? 0x41 : 0x40);
}

/** An annotation's syllable, resolved against the table once so codes can be compared quickly. */
export interface Syllable {
  /** Exact syllable id, or -1 when no character reads it with that tone. */
  id: number;
  /** Toneless base id, or -1 when the syllable is unknown. */
  base: number;
  /** The annotation carried a tone mark. */
  toned: boolean;
}

/** Resolves a normalised syllable ("qing3", or "zhong" for toneless annotations). */
export function resolveSyllable(normalised: string, toned: boolean): Syllable {
  const t = tableOnce();
  if (toned) {
    const id = t.syllableId.get(normalised) ?? -1;
    return { id, base: t.baseId.get(tonelessBase(normalised.slice(0, -1))) ?? -1, toned };
  }
  // Toneless: an exact match is a neutral-tone reading (們 men0).
  return { id: t.syllableId.get(normalised + '0') ?? -1, base: t.baseId.get(tonelessBase(normalised)) ?? -1, toned };
}

/** Toneless comparison also forgives ü written as u (綠 lǜ as `lu`), as ASCII-only mirrors do. */
const tonelessBase = (base: string) => base.replace('ü', 'u');

export function readingMatch(code: number, syllable: Syllable): ReadingMatch {
  const index = indexOf(code);
  if (index < 0 || syllable.base < 0) return ReadingMatch.None;
  const t = tableOnce();
  let best = ReadingMatch.None;
  for (let k = t.start[index]; k < t.start[index + 1]; k++) {
    const id = t.ids[k];
    if (id === syllable.id) return ReadingMatch.Exact;
    if (t.baseOf[id] === syllable.base) best = ReadingMatch.Toneless;
  }
  return best;
}

/** 0 (not a character, or not Han) .. 3 (common on a Traditional mirror page); see the generator. */
export function commonnessOf(code: number): number {
  const index = indexOf(code);
  return index < 0 ? 0 : tableOnce().commonness[index];
}
