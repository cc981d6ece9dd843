// The engine facade every layer uses (content script, popup, library, CLI): pure functions
// from text to text and report, no DOM. See docs in lib/engine/types.ts for the vocabulary.
// The garble kinds themselves live in lib/garbles (one folder each, listed in registry.ts).
import type { BatchRepairResult, GarbleKind, RepairResult } from './types';
import { detectGarbles } from '@/lib/garbles/detect-garbles';
import { repairAlone, repairPage, safe, type RepairModes } from '@/lib/garbles/repair-loop';

export { detectScript } from '@/lib/detect/script';
export { loadWordModel } from '@/lib/detect/word-model';
export { detectGarbles } from '@/lib/garbles/detect-garbles';
export { createConverter, prefetchDictionaries } from '@/lib/convert';
export type * from './types';

export interface RepairOptions {
  /**
   * Pinyin injection: `auto` repairs when the text shows the injection signature (decided once
   * per batch in `repairTexts`), `always` whenever annotations validate, `never` leaves them.
   */
  pinyin?: 'auto' | 'always' | 'never';
}

const modesOf = (options: RepairOptions): RepairModes => ({ 'pinyin-injection': options.pinyin });

export function repairText(text: string, options: RepairOptions = {}): RepairResult {
  const { text: repaired, repaired: counts, unrecoverable } = repairAlone(text, modesOf(options));
  return { text: repaired, report: { garbles: safe(() => detectGarbles(text), []), repaired: counts, unrecoverable } };
}

export function repairTexts(texts: string[], options: RepairOptions = {}): BatchRepairResult {
  // The findings are the page's: detecting each text node on its own would cost more than the
  // repair and see less (a kind shows over many nodes).
  const results = repairPage(texts, modesOf(options));
  const repaired = new Map<GarbleKind, number>();
  for (const r of results) for (const { kind, count } of r.repaired) repaired.set(kind, (repaired.get(kind) ?? 0) + count);
  return {
    texts: results.map((r) => r.text),
    report: {
      garbles: safe(() => detectGarbles(texts.join('\n')), []),
      repaired: [...repaired].map(([kind, count]) => ({ kind, count })),
      unrecoverable: results.flatMap((r, item) => r.unrecoverable.map((s) => ({ ...s, item }))),
    },
  };
}
