// Counts the `(pinyin)` annotations of a text at character level: the evidence behind the
// page-level signature and the repair's own gate, and the characters the page itself annotates
// (learned, to choose among byte candidates later).
import { annotationAt, mayOpenAnnotation } from './annotation';
import { gbkDecodeTable, gbkEncodeTable, isGb2312, isHanCode, isLeadByte, isTrailByte } from '@/lib/codec/gbk';
import { ReadingMatch, readingMatch } from './readings';

export interface AnnotationScan {
  /** `X(pinyin)` with X a Traditional-only (non-GB2312) character read that way. */
  injected: number;
  /** `?pinyin)`: the opener swallowed by a transcoder after a stray lead byte. */
  swallowed: number;
  /** `X(pinyin)` with X a GB2312 character read that way: a gloss, never injection. */
  glosses: number;
  /** Codes of the annotated Traditional-only characters, with the tone-exact ones counted. */
  learned: Map<number, number>;
  /** Codes of the annotated shared (GB2312) characters, with their annotations counted. */
  shared: Map<number, number>;
}

export function scanAnnotations(text: string): AnnotationScan {
  const scan: AnnotationScan = { injected: 0, swallowed: 0, glosses: 0, learned: new Map(), shared: new Map() };
  // The GBK table is built on first use: most pages hold no annotation at all.
  let table: Int32Array | undefined;
  const encode = () => (table ??= gbkEncodeTable());
  scanOpeners(text, '(', (at) => {
    const annotation = annotationAt(text, at);
    if (!annotation || at === 0) return;
    const code = codeBefore(text, at, encode());
    if (code < 0 || !isHanCode(code)) return;
    const match = readingMatch(code, annotation.syllable);
    if (match === ReadingMatch.None) return;
    if (isGb2312(code)) {
      scan.glosses++;
      scan.shared.set(code, (scan.shared.get(code) ?? 0) + 1);
    } else {
      scan.injected++;
      scan.learned.set(code, (scan.learned.get(code) ?? 0) + (match === ReadingMatch.Exact ? 1 : 0));
    }
  });
  scanOpeners(text, '?', (at) => {
    if (at === 0 || !annotationAt(text, at)) return;
    // The stray lead byte follows a two-byte character, or a recovered one (chained: `?qǐng)?bào)`).
    const before = text.charCodeAt(at - 1);
    if (before === 0x29 || encode()[before] - 1 > 0xff) scan.swallowed++;
  });
  return scan;
}

/**
 * The two GBK bytes before `text[at]` as a code, or -1: the character before, or (the site's
 * replace is not multibyte-aware) the last byte of the one before that and an ASCII character:
 * 年P is C4EA 50, and EA50 is 關, so `年P(guān)` is an injection.
 */
function codeBefore(text: string, at: number, encode: Int32Array): number {
  const last = at > 0 ? encode[text.charCodeAt(at - 1)] - 1 : -1;
  if (last > 0xff || last < 0) return last;
  const previous = at > 1 ? encode[text.charCodeAt(at - 2)] - 1 : -1;
  if (previous < 0) return -1;
  const code = ((previous & 0xff) << 8) | last;
  return isLeadByte(code >> 8) && isTrailByte(last) ? code : -1;
}

function scanOpeners(text: string, opener: string, visit: (at: number) => void): void {
  for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) if (mayOpenAnnotation(text, at)) visit(at);
}

/**
 * Share of the occurrences of annotated characters that carry their annotation. The mirrors
 * annotate a listed character everywhere (1.0 on every corpus page); a teaching text glosses a
 * word once and then uses it plain.
 */
export function annotationConsistency(text: string, scan: AnnotationScan, shared: ReadonlySet<number> = new Set()): number {
  const annotations = scan.injected + [...shared].reduce((n, code) => n + (scan.shared.get(code) ?? 0), 0);
  if (!annotations) return 0;
  const decode = gbkDecodeTable();
  const annotated = new Uint8Array(0x10000);
  for (const code of scan.learned.keys()) annotated[decode[code]] = 1;
  for (const code of shared) annotated[decode[code]] = 1;
  let occurrences = 0;
  for (let i = 0; i < text.length; i++) occurrences += annotated[text.charCodeAt(i)];
  return annotations / Math.max(occurrences, annotations);
}

/** Share of a shared character's occurrences a mirror's list leaves unannotated (splits hide a few). */
const SHARED_CONSISTENCY = 0.9;
/** Shared characters that must each recur, annotated every time, before the page-wide pattern is taken as a mirror's list. */
const SHARED_REPEATED = 3;
/** Above this share of Han characters annotated, a page glosses everything: a poem or a lesson, not a mirror's list. */
const MAX_COVERAGE = 0.35;

/**
 * Shared (GB2312) characters the page annotates by the mirror's mechanism, not as glosses: every
 * occurrence of each carries its annotation, several of them recur, and they are a list (a small
 * share of the page's Han characters), not every character of a poem or a lesson. A `?pinyin)`
 * trace (a lead byte that swallowed the '(') is byte-level proof and stands for the recurrence.
 * Empty when the page shows no such pattern.
 */
export function provenSharedCodes(text: string, scan: AnnotationScan): Set<number> {
  if (!scan.shared.size) return new Set();
  const decode = gbkDecodeTable();
  const occurrences = new Map<number, number>();
  const slot = new Int32Array(0x10000).fill(-1);
  const codes = [...scan.shared.keys()];
  codes.forEach((code, i) => (slot[decode[code]] = i));
  const counts = new Uint32Array(codes.length);
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x4e00 && unit <= 0x9fff) han++;
    const k = slot[unit];
    if (k >= 0) counts[k]++;
  }
  codes.forEach((code, i) => occurrences.set(code, counts[i]));
  const annotations = scan.injected + scan.glosses;
  if (annotations > han * MAX_COVERAGE) return new Set();
  let annotated = 0;
  let seen = 0;
  let repeated = 0;
  const consistent = new Set<number>();
  for (const [code, count] of scan.shared) {
    const occurs = Math.max(occurrences.get(code) ?? 0, count);
    annotated += count;
    seen += occurs;
    if (count / occurs < SHARED_CONSISTENCY) continue;
    consistent.add(code);
    if (count >= 2) repeated++;
  }
  if (annotated / seen < SHARED_CONSISTENCY) return new Set();
  return repeated >= SHARED_REPEATED || (scan.swallowed > 0 && repeated >= 1) ? consistent : new Set();
}

/** Annotations on the given shared characters. */
export function sharedAnnotations(scan: AnnotationScan, shared: ReadonlySet<number>): number {
  let n = 0;
  for (const code of shared) n += scan.shared.get(code) ?? 0;
  return n;
}

/**
 * Injection annotates the characters of a list everywhere; glosses annotate common shared ones
 * here and there. Annotations on `shared` (proven page-wide) count as injected.
 */
export function looksInjected(scan: AnnotationScan, minimum: number, shared: ReadonlySet<number> = new Set()): boolean {
  const onShared = sharedAnnotations(scan, shared);
  const count = scan.injected + scan.swallowed + onShared;
  return count >= minimum && (scan.glosses - onShared) * 20 < count;
}
