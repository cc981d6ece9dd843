// Compares a repair of simulated corruption with the known original. Outside the reported spans
// the text must be exact; each span is one guessed character plus, when the transcoder also ate
// an ASCII byte, the guess for it. Anything else is garbage emitted silently and fails the check.
import type { UnrecoverableSpan } from '@/lib/engine/types';

export interface RoundTripScore {
  /** Output equal to the original outside the spans. */
  aligned: boolean;
  /** First offset (in the output) where it is not, or -1. */
  mismatchAt: number;
  spans: number;
  /** Spans whose guessed character is the original one. */
  charactersRight: number;
  /** Spans whose guessed ASCII (or its absence) is the original one. */
  asciiRight: number;
}

export function scoreRoundTrip(original: string, repaired: string, spans: readonly UnrecoverableSpan[]): RoundTripScore {
  const score: RoundTripScore = { aligned: true, mismatchAt: -1, spans: spans.length, charactersRight: 0, asciiRight: 0 };
  let o = 0; // offset in the original
  let r = 0; // offset in the repaired text
  const fail = () => ({ ...score, aligned: false, mismatchAt: r });
  for (const span of spans) {
    if (repaired.slice(r, span.start) !== original.slice(o, o + span.start - r)) return fail();
    o += span.start - r;
    r = span.start;
    if (span.text[0] === original[o]) score.charactersRight++;
    const lostAscii = span.note?.includes('ASCII');
    if (lostAscii) {
      const guessed = span.text.slice(1);
      if (guessed === original[o + 1]) score.asciiRight++;
      o += 2;
    } else o += 1;
    r = span.end;
  }
  if (repaired.slice(r) !== original.slice(o)) return fail();
  return score;
}

/** Lines of `original` found unchanged in `repaired` (as a multiset: losses shift line numbers). */
export function linesKept(original: string, repaired: string): number {
  const available = new Map<string, number>();
  for (const line of repaired.split('\n')) available.set(line, (available.get(line) ?? 0) + 1);
  let kept = 0;
  for (const line of original.split('\n')) {
    const left = available.get(line) ?? 0;
    if (left) {
      kept++;
      available.set(line, left - 1);
    }
  }
  return kept;
}
