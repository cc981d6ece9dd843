// UTF-8 read as GBK too many rounds, or with too many bytes lost, to read back: reported as such.
import { textCost } from '@/lib/detect/char-cost';
import { RUN_SHAPES, utf8LeadPairShare } from '@/lib/garbles/mojibake/codec';
import { findShapeRuns } from '@/lib/garbles/mojibake/runs';

/** Shortest run reported as garbled past repair. */
const GARBLED_RUN_MINIMUM = 12;
/** Mean character cost of such a run: mojibake is made of rare characters (clean text: about 0.1). */
const GARBLED_MEAN_COST = 0.7;
/** Lead-pair share of a run that is certainly mojibake (about 1/3 in real cases, under 0.01 in clean text). */
const GARBLED_SHARE = 0.2;

/**
 * Runs that are plainly UTF-8 read as GBK (a third of their characters pair a UTF-8 lead
 * byte with a continuation byte) yet read back to no text: too many rounds, too many bytes
 * lost. They are reported, and left as they are.
 */
export function findGarbledRuns(text: string, maxRuns = Infinity): [number, number][] {
  return findShapeRuns(text, RUN_SHAPES.readAsGbk, maxRuns).filter(
    ([start, end]) =>
      end - start >= GARBLED_RUN_MINIMUM &&
      utf8LeadPairShare(text, start, end) >= GARBLED_SHARE &&
      textCost(text, start, end) >= (end - start) * GARBLED_MEAN_COST,
  );
}
