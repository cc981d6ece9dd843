// The repair loop: the registry's kinds take turns on a text until none changes it, each with
// what the page proved about it. A repair of the output must change nothing.
import type { GarbleKind, RepairReport, UnrecoverableSpan } from '@/lib/engine/types';
import type { GarbleKindModule, RepairMode, StageResult } from './kind';
import { GARBLE_KINDS } from './registry';

/** A few turns of the stages reach the fixpoint on any input. */
const MAX_ROUNDS = 4;

/** Per kind (by module name), how its repair may run; absent means `auto`. */
export type RepairModes = Partial<Record<string, RepairMode>>;

export interface OneRepair {
  text: string;
  repaired: RepairReport['repaired'];
  unrecoverable: UnrecoverableSpan[];
}

type Proofs = Map<GarbleKindModule, unknown>;

/** One text on its own evidence: the proofs retaken each round (mojibake codecs) are left out. */
export function repairAlone(text: string, modes: RepairModes = {}): OneRepair {
  const proofs: Proofs = new Map();
  for (const garble of GARBLE_KINDS) if (garble.prove && !garble.proofKey) proofs.set(garble, safe(() => garble.prove!(text, modeOf(garble, modes)), undefined));
  return repairOne(text, proofs);
}

/**
 * The texts of one page. Page-level decisions are taken once, over all items: a text node with
 * one annotation is repaired on a page that shows the signature, and left alone on a page of
 * glosses; a short mojibake run is repaired when the page proves its codec. Proofs with a key
 * are taken again on the repaired page until nothing changes, so a second batch repair is a no-op.
 */
export function repairPage(texts: string[], modes: RepairModes = {}): OneRepair[] {
  const page = texts.join('\n');
  const proofs: Proofs = new Map();
  const retaken = GARBLE_KINDS.filter((g) => g.prove && g.proofKey);
  for (const garble of GARBLE_KINDS) if (garble.prove && !garble.proofKey) proofs.set(garble, safe(() => garble.prove!(page, modeOf(garble, modes)), undefined));
  let current = texts;
  let results: OneRepair[] = [];
  let lastKey = '';
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const joined = current.join('\n');
    for (const garble of retaken) proofs.set(garble, safe(() => garble.prove!(joined, modeOf(garble, modes)), undefined));
    // Each item is already at its fixpoint under the same proofs: nothing more can change.
    const key = retaken.map((g) => (proofs.get(g) === undefined ? '' : g.proofKey!(proofs.get(g)))).join('|');
    if (round > 0 && key === lastKey) break;
    lastKey = key;
    const next = current.map((text) => repairOne(text, proofs));
    results = round === 0 ? next : results.map((r, i) => merge(r, next[i]));
    const changed = next.some((r, i) => r.text !== current[i]);
    current = next.map((r) => r.text);
    if (!changed) break;
  }
  return results;
}

function modeOf(garble: GarbleKindModule, modes: RepairModes): RepairMode {
  return modes[garble.name] ?? 'auto';
}

function repairOne(original: string, proofs: Proofs): OneRepair {
  const stages = GARBLE_KINDS.filter((g) => g.repair);
  const repaired = new Map<GarbleKind, number>();
  let text = original;
  let spans: UnrecoverableSpan[] = [];
  // Each stage runs to its own fixpoint; the stages take turns until every one of them has
  // seen the current text, so that repairing the output again changes nothing.
  let unchanged = 0;
  for (let step = 0; unchanged < stages.length && step < stages.length * MAX_ROUNDS; step++) {
    const garble = stages[step % stages.length];
    const result: StageResult = safe(() => garble.repair!(text, proofs.get(garble)), { text, repaired: [], unrecoverable: [] });
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
  for (const garble of GARBLE_KINDS) {
    for (const span of safe(() => garble.report?.(text) ?? [], [])) {
      if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
    }
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
export function safe<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}
