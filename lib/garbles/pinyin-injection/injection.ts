// Pinyin injection (docs/garbles.md section 1): a mirror site inserted `(pinyin)` after chosen
// Traditional-only characters while working on GBK bytes, so annotations can split characters
// and knock the following text out of step. Detection is a page-level signature; repair rebuilds
// the GBK byte stream and decodes it again.
import type { UnrecoverableSpan } from '@/lib/engine/types';
import { rebuildText } from './rebuild';
import { annotationConsistency, looksInjected, provenSharedCodes, scanAnnotations, sharedAnnotations } from './scan';

export interface PinyinInjectionFinding {
  /** Injected annotations seen: `X(pinyin)` on Traditional-only X, plus `?pinyin)` remnants. */
  count: number;
  /** 0..1 */
  confidence: number;
  /** Many annotations, all on Traditional-only characters, readings that match, everywhere they occur. */
  signature: boolean;
}

export interface PinyinRepairResult {
  text: string;
  /** Annotations removed (each `?pinyin)` whose lead byte was put back counts once). */
  repaired: number;
  unrecoverable: UnrecoverableSpan[];
}

/** Annotations a page must show before the signature holds. */
const SIGNATURE_MINIMUM = 3;
/** Share of an annotated character's occurrences that must carry the annotation. */
const MIN_CONSISTENCY = 0.6;
/** A lone text (one text node) is repaired on less evidence, but never when it holds glosses. */
const REPAIR_MINIMUM = 1;
/** A repair can expose an annotation that did not validate before; a few passes reach a fixpoint. */
const MAX_PASSES = 4;

export function findPinyinInjection(text: string): PinyinInjectionFinding {
  return provePinyinInjection(text).finding;
}

/**
 * The page's proof: the finding, and the shared characters the page annotates by the mirror's
 * mechanism (every occurrence, page-wide), which the repair of each of its texts may then strip.
 */
export function provePinyinInjection(text: string): { finding: PinyinInjectionFinding; shared: ReadonlySet<number> } {
  const scan = scanAnnotations(text);
  const shared = provenSharedCodes(text, scan);
  const count = scan.injected + scan.swallowed + sharedAnnotations(scan, shared);
  const signature = looksInjected(scan, SIGNATURE_MINIMUM, shared) && annotationConsistency(text, scan, shared) >= MIN_CONSISTENCY;
  const purity = count / (count + scan.glosses - sharedAnnotations(scan, shared) || 1);
  const confidence = signature ? purity * (1 - Math.exp(-count / 3)) : Math.min(0.5, purity * (count / (2 * SIGNATURE_MINIMUM)));
  return { finding: { count, confidence: Math.round(confidence * 1000) / 1000, signature }, shared: signature ? shared : new Set() };
}

/** @param pageShared shared characters the page proved it annotates page-wide (see provePinyinInjection). */
export function repairPinyinInjection(text: string, pageShared: ReadonlySet<number> = new Set()): PinyinRepairResult {
  let current = text;
  let repaired = 0;
  let spans: UnrecoverableSpan[] = [];
  const shared = new Set(pageShared);
  try {
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      const scan = scanAnnotations(current);
      for (const code of provenSharedCodes(current, scan)) shared.add(code);
      if (!looksInjected(scan, REPAIR_MINIMUM, shared)) break;
      // The shared characters join the learned ones: their annotations are stripped and their codes are candidates for a swallowed lead.
      const learned = new Map(scan.learned);
      for (const code of shared) learned.set(code, scan.shared.get(code) ?? 0);
      const result = rebuildText(current, learned);
      if (result.text === current) break;
      // Spans of an earlier pass stay only where the later pass left their text in place.
      const earlier = spans.filter((s) => result.text.slice(s.start, s.end) === s.text);
      spans = [...earlier, ...result.lost.map((s) => ({ kind: 'pinyin-injection' as const, ...s, text: result.text.slice(s.start, s.end) }))];
      spans.sort((a, b) => a.start - b.start);
      repaired += result.repaired;
      current = result.text;
    }
  } catch {
    // Never throw from the engine: an unexpected input leaves the text as it was.
    return { text, repaired: 0, unrecoverable: [] };
  }
  return { text: current, repaired, unrecoverable: spans };
}
