// The engine facade every layer uses (content script, popup, library, CLI): pure functions
// from text to text and report, no DOM. See docs in lib/engine/types.ts for the vocabulary.
import type { BatchRepairResult, GarbleKind, RepairReport, RepairResult, UnrecoverableSpan } from './types';
import { detectGarbles } from '../detect/garble';
import { findUnrecoverable } from '../detect/unrecoverable';
import { findEightBitDebris } from '../detect/eight-bit-debris';
import { repairArtifacts } from '../repair/artifacts';
import { provenCodecs, repairMojibake } from '../repair/mojibake';
import type { MojibakeCodec } from '../detect/mojibake-codecs';
import { findPinyinInjection, repairPinyinInjection } from '../repair/pinyin-injection';

export { detectScript } from '../detect/script';
export { detectGarbles } from '../detect/garble';
export { createConverter } from '../convert';
export type * from './types';

export interface RepairOptions {
  /**
   * Pinyin injection: `auto` repairs when the text shows the injection signature (decided once
   * per batch in `repairTexts`), `always` whenever annotations validate, `never` leaves them.
   */
  pinyin?: 'auto' | 'always' | 'never';
}

/** A repair of the output must change nothing; a few turns of the stages reach that on any input. */
const MAX_ROUNDS = 4;

export function repairText(text: string, options: RepairOptions = {}): RepairResult {
  const injected = options.pinyin === 'always' || (options.pinyin !== 'never' && safe(() => findPinyinInjection(text).signature, false));
  const { text: repaired, repaired: counts, unrecoverable } = repairOne(text, injected);
  return { text: repaired, report: { garbles: safe(() => detectGarbles(text), []), repaired: counts, unrecoverable } };
}

export function repairTexts(texts: string[], options: RepairOptions = {}): BatchRepairResult {
  // Page-level decisions are taken once, over all items: a text node with one annotation is
  // repaired on a page that shows the signature, and left alone on a page of glosses. The
  // findings, too, are the page's: detecting each text node on its own would cost more than
  // the repair and see less (a kind shows over many nodes).
  const page = texts.join('\n');
  const injected = options.pinyin === 'always' || (options.pinyin !== 'never' && safe(() => findPinyinInjection(page).signature, false));
  // Mojibake codecs too: a short text node is repaired when the page proves its codec. The
  // proof is taken again on the repaired page until nothing changes, so a second batch repair
  // is a no-op.
  let current = texts;
  let results: OneRepair[] = [];
  let lastProven = '';
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const proven = safe(() => provenCodecs(current.join('\n')), []);
    // Each item is already at its fixpoint under the same proof: nothing more can change.
    const key = proven.map((c) => c.kind).join();
    if (round > 0 && key === lastProven) break;
    lastProven = key;
    const next = current.map((text) => repairOne(text, injected, proven));
    results = round === 0 ? next : results.map((r, i) => merge(r, next[i]));
    const changed = next.some((r, i) => r.text !== current[i]);
    current = next.map((r) => r.text);
    if (!changed) break;
  }
  const repaired = new Map<GarbleKind, number>();
  for (const r of results) for (const { kind, count } of r.repaired) repaired.set(kind, (repaired.get(kind) ?? 0) + count);
  return {
    texts: results.map((r) => r.text),
    report: {
      garbles: safe(() => detectGarbles(page), []),
      repaired: [...repaired].map(([kind, count]) => ({ kind, count })),
      unrecoverable: results.flatMap((r, item) => r.unrecoverable.map((s) => ({ ...s, item }))),
    },
  };
}

interface OneRepair {
  text: string;
  repaired: RepairReport['repaired'];
  unrecoverable: UnrecoverableSpan[];
}

interface StageResult {
  text: string;
  repaired: { kind: GarbleKind; count: number }[];
  unrecoverable: UnrecoverableSpan[];
}

function repairOne(original: string, injected: boolean, provenOnPage: readonly MojibakeCodec[] = []): OneRepair {
  const stages: ((text: string) => StageResult)[] = [
    (text) => {
      const r = repairArtifacts(text);
      return { text: r.text, repaired: [{ kind: 'escape-artifact', count: r.count }], unrecoverable: [] };
    },
  ];
  if (injected) {
    stages.push((text) => {
      const r = repairPinyinInjection(text);
      return { text: r.text, repaired: [{ kind: 'pinyin-injection', count: r.repaired }], unrecoverable: r.unrecoverable };
    });
  }
  stages.push((text) => repairMojibake(text, provenOnPage));

  const repaired = new Map<GarbleKind, number>();
  let text = original;
  let spans: UnrecoverableSpan[] = [];
  // Each stage runs to its own fixpoint; the stages take turns until every one of them has
  // seen the current text, so that repairing the output again changes nothing.
  let unchanged = 0;
  for (let step = 0; unchanged < stages.length && step < stages.length * MAX_ROUNDS; step++) {
    const result = safe(() => stages[step % stages.length](text), { text, repaired: [], unrecoverable: [] });
    for (const { kind, count } of result.repaired) if (count > 0) repaired.set(kind, (repaired.get(kind) ?? 0) + count);
    if (result.text === text) unchanged++;
    else {
      unchanged = 1;
      spans = keepInPlace(spans, result.text);
      text = result.text;
    }
    spans.push(...result.unrecoverable);
  }
  // U+FFFD, 锟斤拷 and single-byte debris are reported where they stand; lossy mojibake spans
  // already cover the U+FFFD they wrote.
  for (const span of safe(() => [...findUnrecoverable(text), ...findEightBitDebris(text)], [])) {
    if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
  }
  const unique = new Map(spans.map((s) => [`${s.start}:${s.end}:${s.kind}`, s]));
  return { text, repaired: [...repaired].map(([kind, n]) => ({ kind, count: n })), unrecoverable: [...unique.values()].sort((a, b) => a.start - b.start) };
}

/** A later round's repair of an item on top of an earlier one: counts add up, spans are the later round's (plus earlier ones still in place). */
function merge(earlier: OneRepair, later: OneRepair): OneRepair {
  const counts = new Map<GarbleKind, number>();
  for (const { kind, count } of [...earlier.repaired, ...later.repaired]) counts.set(kind, (counts.get(kind) ?? 0) + count);
  const spans = new Map([...keepInPlace(earlier.unrecoverable, later.text), ...later.unrecoverable].map((s) => [`${s.start}:${s.end}:${s.kind}`, s]));
  return { text: later.text, repaired: [...counts].map(([kind, count]) => ({ kind, count })), unrecoverable: [...spans.values()].sort((a, b) => a.start - b.start) };
}

/** Spans of an earlier stage survive only where later stages left their text in place. */
function keepInPlace(spans: UnrecoverableSpan[], text: string): UnrecoverableSpan[] {
  return spans.filter((s) => text.slice(s.start, s.end) === s.text);
}

/** The engine never throws into a page: a stage that fails leaves the text as it was. */
function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
