// Mojibake already in the text (a CMS or a database read the bytes in the wrong charset): undone
// run by run by re-encoding with the wrong charset and decoding with the right one. Clean runs
// are never touched; a run changes only when the result is clearly more like Chinese text.
// The codecs are the registry's (lib/garbles/registry.ts): each family brings its own.
import type { GarbleKind, UnrecoverableSpan } from '@/lib/engine/types';
import type { MojibakeCodec } from './codec';
import { findRuns } from './runs';
import { reverseRun, type LossNote, type RunReversal } from './reverse-run';
import { isClearlyBetter, readsAsText } from './reversal-checks';
import { textCost } from '@/lib/detect/char-cost';

export interface MojibakeRepair {
  text: string;
  repaired: { kind: GarbleKind; count: number }[];
  /** Stretches inside repaired runs whose bytes were lost (offsets into `text`). */
  unrecoverable: UnrecoverableSpan[];
}

/** A run found and reversed, before anything is written: shared by detection and repair. */
export interface RunFix {
  start: number;
  end: number;
  kind: GarbleKind;
  codec: MojibakeCodec;
  text: string;
  /** Stretches of `text` that could not be restored with certainty. */
  lossy: [number, number, LossNote][];
}

const MAX_PASSES = 5;

const NOTES: Record<LossNote, string> = {
  lost: 'bytes lost upstream: U+FFFD marks the place',
  kept: 'bytes lost upstream: left as found',
  guessed: 'a byte lost upstream was put back: the only common character that fits',
  doubtful: 'read next to bytes lost upstream: may be wrong',
};

/**
 * @param pageProven codecs other text of the same page has proven (see `provenCodecs`): a text
 *   node as short as 《wealbk04》 cannot prove its codec alone, the page around it can.
 */
export function repairMojibake(text: string, codecs: readonly MojibakeCodec[], pageProven: readonly MojibakeCodec[] = []): MojibakeRepair {
  const counts = new Map<GarbleKind, number>();
  let current = text;
  let lossy: Lossy[] = [];
  // Passes until nothing changes, so that repairing the output again is a no-op.
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = findRunFixes(current, codecs, Infinity, pageProven);
    if (!fixes.length) break;
    for (const fix of fixes) counts.set(fix.kind, (counts.get(fix.kind) ?? 0) + 1);
    const applied = applyFixes(current, fixes, lossy);
    current = applied.text;
    lossy = applied.lossy;
  }
  const spans: UnrecoverableSpan[] = lossy.map(([start, end, kind, why]) => ({ kind, start, end, text: current.slice(start, end), note: NOTES[why] }));
  for (const codec of codecs)
    for (const [start, end] of codec.pastRepair?.(current) ?? [])
      spans.push({ kind: codec.kind, start, end, text: current.slice(start, end), note: `${PAST_REPAIR[codec.kind] ?? codec.kind}, past repair: left as found` });
  return {
    text: current,
    repaired: [...counts].map(([kind, count]) => ({ kind, count })),
    unrecoverable: spans.sort((a, b) => a.start - b.start),
  };
}

const PAST_REPAIR: Partial<Record<GarbleKind, string>> = { 'utf8-as-gbk': 'UTF-8 read as GBK' };

type Lossy = [number, number, GarbleKind, LossNote];

/**
 * Every run that reverses to clearly better text. A page has one kind of mistake, so the
 * codec is chosen once for the whole text: a run of Latin-1 characters may hide GBK or UTF-8,
 * and the reading that gains most over all runs wins. Once a codec has proven itself on a few
 * runs, the short runs it leaves (a lone ¡· for 》) need only read better, not clearly better.
 */
export function findRunFixes(
  text: string,
  codecs: readonly MojibakeCodec[],
  maxRuns = Infinity,
  pageProven: readonly MojibakeCodec[] = [],
): RunFix[] {
  // Runs of the two families can share a character (à, × are in GBK and in Latin-1): the first family's fix wins.
  const fixes: RunFix[] = [];
  for (const { winner, proven } of findFamilyWinners(text, codecs, maxRuns, pageProven))
    for (const fix of fixesOf(text, winner, proven)) if (!fixes.some((f) => f.start < fix.end && fix.start < f.end)) fixes.push(fix);
  return fixes.sort((a, b) => a.start - b.start);
}

/** The codecs that, on this text, repair enough runs clearly to vouch for their weaker cases. */
export function provenCodecs(text: string, codecs: readonly MojibakeCodec[]): MojibakeCodec[] {
  return findFamilyWinners(text, codecs, Infinity, []).filter((w) => w.proven).map((w) => w.winner.codec);
}

interface Winner {
  codec: MojibakeCodec;
  found: Found[];
  gain: number;
}

function findFamilyWinners(text: string, codecs: readonly MojibakeCodec[], maxRuns: number, pageProven: readonly MojibakeCodec[]) {
  const winners: { winner: Winner; proven: boolean }[] = [];
  // A family is the codecs that read the same runs (one wrong charset); the first listed leads.
  const families = [...new Set(codecs.map((c) => c.shape))].map((shape) => codecs.filter((c) => c.shape === shape));
  for (const family of families) {
    if (!family.length) continue;
    const runs = findRuns(text, family[0], maxRuns);
    const vouched = family.filter((c) => pageProven.includes(c));
    let winner: Winner | undefined;
    for (const codec of vouched.length ? vouched : preferredCodecs(text, runs, family)) {
      const found: Found[] = [];
      let gain = 0;
      for (const [start, end] of runs) {
        if (codec.accepts && !codec.accepts(text, start, end)) continue;
        const run = text.slice(start, end);
        const reversal = reverseRun(run, codec, endsLine(text, end));
        if (!reversal || !readsAsText(reversal)) continue;
        const before = textCost(run);
        found.push({ start, end, before, reversal });
        if (isClearlyBetter(before, reversal.cost)) gain += before - reversal.cost;
      }
      if (gain > (winner?.gain ?? 0) || (vouched.length && !winner)) winner = { codec, found, gain };
    }
    if (!winner) continue;
    const proven = vouched.length > 0 || winner.found.filter((f) => isClearlyBetter(f.before, f.reversal.cost)).length >= PROVEN_RUNS;
    // On a page the codec has proven itself on, short runs with a single sign are tried too
    // (锛孴 between "TPC" and "ransaction" is "，T").
    if (proven) {
      for (const [start, end] of findRuns(text, family[0], maxRuns, true)) {
        if (winner.codec.accepts && !winner.codec.accepts(text, start, end)) continue;
        const run = text.slice(start, end);
        const reversal = reverseRun(run, winner.codec, endsLine(text, end));
        if (reversal && readsAsText(reversal)) winner.found.push({ start, end, before: textCost(run), reversal });
      }
    }
    winners.push({ winner, proven });
  }
  return winners;
}

function fixesOf(text: string, winner: Winner, proven: boolean): RunFix[] {
  const fixes: RunFix[] = [];
  for (const { start, end, before, reversal } of winner.found) {
    // A short run on its own is too easy a match (µå reads as 靛 in GBK): it needs the page's proof.
    const alone = isClearlyBetter(before, reversal.cost) && nonAscii(text, start, end) >= SHORT_RUN;
    if (!alone && !(proven && reversal.cost < before && !changesCleanText(text, start, end, reversal.text))) continue;
    const kind = reversal.rounds > 1 ? winner.codec.multiRoundKind : winner.codec.kind;
    // The decoder's U+FFFD for the full stop's last byte (82 met the line break) goes with it.
    const swallowed = reversal.text.endsWith('。') && text[end] === '\ufffd' && !text.slice(start, end).endsWith('。') ? 1 : 0;
    fixes.push({ start, end: end + swallowed, kind, codec: winner.codec, text: reversal.text, lossy: reversal.lossy });
  }
  return fixes;
}

/** A codec that says the runs are plainly its own is tried alone (see UTF8_AS_LATIN1.prefer). */
function preferredCodecs(text: string, runs: [number, number][], family: MojibakeCodec[]): MojibakeCodec[] {
  const preferred = family.find((c) => c.prefer?.(text, runs));
  return preferred ? [preferred] : family;
}

interface Found {
  start: number;
  end: number;
  before: number;
  reversal: RunReversal;
}

/** Non-ASCII characters a run needs to be repaired without other runs vouching for its codec. */
const SHORT_RUN = 4;

/** Followed by a line break or the end, or by the U+FFFD a decoder wrote for a byte that met the line break. */
function endsLine(text: string, end: number): boolean {
  if (text[end] === '\ufffd') end++;
  return end === text.length || text[end] === '\n' || text[end] === '\r';
}

/**
 * A short fix the page's proof alone would vouch for, that changes clean text: a stretch beside
 * Han characters it leaves as they are (a name, 婕玥, in a clean sentence: its GBK bytes read as
 * UTF-8 are 漫h, which costs less), or one accented letter of a Latin word (România: â and n are
 * GBK's 鈔). A text misdecoded as a whole is garbled from end to end, not in one such spot.
 */
function changesCleanText(text: string, start: number, end: number, fixed: string): boolean {
  const run = text.slice(start, end);
  let head = 0;
  while (head < run.length && head < fixed.length && run[head] === fixed[head]) head++;
  let tail = 0;
  while (tail < run.length - head && tail < fixed.length - head && run[run.length - 1 - tail] === fixed[fixed.length - 1 - tail]) tail++;
  const from = start + head;
  const to = end - tail;
  // Clean Han on one side, clean Han or the text's edge on the other (a whole text misdecoded,
  // edge to edge, is what the page's proof is for).
  const left = from === 0 ? EDGE : HAN.test(text[from - 1]) ? CLEAN_HAN : OTHER;
  const right = to === text.length ? EDGE : HAN.test(text[to]) ? CLEAN_HAN : OTHER;
  if (left !== OTHER && right !== OTHER && (left === CLEAN_HAN || right === CLEAN_HAN)) return true;
  let accented = 0;
  for (let i = from; i < to; i++) {
    if (!LATIN_LETTER.test(text[i])) return false;
    if (text.charCodeAt(i) >= 0x80) accented++;
  }
  const word = (i: number) => /[A-Za-z]/.test(text[i] ?? '');
  return accented === 1 && (to - from > 1 || word(from - 1) || word(to));
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const EDGE = 0;
const CLEAN_HAN = 1;
const OTHER = 2;
const LATIN_LETTER = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/;

function nonAscii(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}
/** Clearly better runs a codec needs before its weaker cases are trusted too. */
const PROVEN_RUNS = 3;

function applyFixes(text: string, fixes: RunFix[], oldLossy: Lossy[]) {
  let out = '';
  let at = 0;
  const lossy: Lossy[] = [];
  const shifts: [number, number][] = []; // [old end of a fix, delta after it]
  let delta = 0;
  for (const fix of fixes) {
    out += text.slice(at, fix.start);
    for (const [s, e, why] of fix.lossy) lossy.push([out.length + s, out.length + e, fix.kind, why]);
    out += fix.text;
    at = fix.end;
    delta += fix.text.length - (fix.end - fix.start);
    shifts.push([fix.end, delta]);
  }
  out += text.slice(at);
  // Earlier losses move with the text; a fix that covered one reported it again itself.
  for (const [s, e, kind, why] of oldLossy) {
    if (fixes.some((f) => f.start < e && s < f.end)) continue;
    const shift = shifts.filter(([end]) => end <= s).at(-1)?.[1] ?? 0;
    lossy.push([s + shift, e + shift, kind, why]);
  }
  return { text: out, lossy: lossy.sort((a, b) => a[0] - b[0]) };
}
