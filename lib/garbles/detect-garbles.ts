// What is wrong with a text, kind by kind, with counts and how sure we are: every kind of the
// registry looks in turn. Each has a cheap first test, so clean text (the usual case) costs
// one pass of table lookups.
import type { GarbleFinding } from '@/lib/engine/types';
import type { DetectContext } from './kind';
import { GARBLE_KINDS } from './registry';

export function detectGarbles(text: string): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  const context: DetectContext = {
    text,
    findings,
    garbled: false,
    add(kind, count, confidence, recoverable) {
      if (count > 0) findings.push({ kind, count, confidence: round(confidence), recoverable });
    },
  };
  for (const garble of GARBLE_KINDS) garble.detect?.(context);
  return findings;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
