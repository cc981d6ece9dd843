// The engine facade every layer uses (content script, popup, library, CLI): pure functions
// from text to text and report, no DOM. See docs in lib/engine/types.ts for the vocabulary.
import type { BatchRepairResult, GarbleKind, RepairReport, RepairResult, UnrecoverableSpan } from './types';
import { detectGarbles } from '../detect/garble';
import { findUnrecoverable } from '../detect/unrecoverable';
import { findEightBitDebris } from '../detect/eight-bit-debris';
import { repairArtifacts } from '../repair/artifacts';
import { repairMojibake } from '../repair/mojibake';
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

/** A repair of the output must change nothing; a few rounds reach that on any input. */
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
  const results = texts.map((text) => repairOne(text, injected));
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

function repairOne(original: string, injected: boolean): OneRepair {
  const repaired = new Map<GarbleKind, number>();
  const count = (kind: GarbleKind, n: number) => n > 0 && repaired.set(kind, (repaired.get(kind) ?? 0) + n);
  let text = original;
  let spans: UnrecoverableSpan[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = text;
    const artifacts = safe(() => repairArtifacts(text), { text, count: 0 });
    count('escape-artifact', artifacts.count);
    text = artifacts.text;
    if (injected) {
      const pinyin = safe(() => repairPinyinInjection(text), { text, repaired: 0, unrecoverable: [] });
      count('pinyin-injection', pinyin.repaired);
      text = pinyin.text;
      spans = keepInPlace(spans, text).concat(pinyin.unrecoverable);
    }
    const mojibake = safe(() => repairMojibake(text), { text, repaired: [], unrecoverable: [] });
    for (const r of mojibake.repaired) count(r.kind, r.count);
    text = mojibake.text;
    spans = keepInPlace(spans, text).concat(mojibake.unrecoverable);
    if (text === before) break;
  }
  // U+FFFD, 锟斤拷 and single-byte debris are reported where they stand; lossy mojibake spans
  // already cover the U+FFFD they wrote.
  for (const span of safe(() => [...findUnrecoverable(text), ...findEightBitDebris(text)], [])) {
    if (!spans.some((s) => s.start < span.end && span.start < s.end)) spans.push(span);
  }
  spans.sort((a, b) => a.start - b.start);
  return { text, repaired: [...repaired].map(([kind, n]) => ({ kind, count: n })), unrecoverable: spans };
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
