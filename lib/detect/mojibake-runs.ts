// Where garbled runs may be: one pass of table lookups over the text finds the stretches each
// wrong decoding could have produced, with the signs that make them worth decoding.
import { textCost } from './char-cost';
import { unitClasses, utf8LeadPairShare, UTF8_AS_GBK, UTF8_AS_LATIN1, type MojibakeCodec } from './mojibake-codecs';

interface Scan {
  codec: MojibakeCodec;
  start: number;
  hits: number;
  /** Runs with two signs or more, and runs with just one (tried once a page is proven). */
  runs: [number, number][];
  weak: [number, number][];
}

/** The last scan, kept because detection and repair scan the same text for the same runs. */
let lastScan: { text: string; maxRuns: number; scans: Scan[] } | undefined;

/** Maximal stretches of characters the codec could have produced, with two of its signs (or just one: `weak`). */
export function findRuns(text: string, codec: MojibakeCodec, maxRuns: number, weak = false): [number, number][] {
  if (!lastScan || lastScan.maxRuns !== maxRuns || lastScan.text !== text) lastScan = { text, maxRuns, scans: scanRuns(text, maxRuns) };
  // GBK_AS_LATIN1 reads the same runs as UTF8_AS_LATIN1.
  const scan = lastScan.scans[codec === UTF8_AS_GBK ? 0 : 1];
  return weak ? scan.weak : scan.runs;
}

/** Both kinds of run (GBK-read and 8-bit-read) in one pass of table lookups. */
function scanRuns(text: string, maxRuns: number): Scan[] {
  const classes = unitClasses();
  const scans: Scan[] = [UTF8_AS_GBK, UTF8_AS_LATIN1].map((codec) => ({ codec, start: -1, hits: 0, runs: [], weak: [] }));
  for (let i = 0; i <= text.length; i++) {
    const flags = i < text.length ? classes[text.charCodeAt(i)] : 0;
    for (const scan of scans) {
      if (flags & scan.codec.runFlag) {
        if (scan.start < 0) [scan.start, scan.hits] = [i, 0];
        if (flags & scan.codec.hitFlag) scan.hits++;
      } else if (scan.start >= 0) {
        if (scan.hits >= 2 && scan.runs.length < maxRuns) scan.runs.push([scan.start, i]);
        else if (scan.hits === 1 && scan.weak.length < maxRuns) scan.weak.push([scan.start, i]);
        scan.start = -1;
      }
    }
  }
  return scans;
}

/** Shortest run reported as garbled past repair. */
const GARBLED_RUN_MINIMUM = 12;
/** Mean character cost of such a run: mojibake is made of rare characters (clean text: about 0.1). */
const GARBLED_MEAN_COST = 0.7;

/**
 * Runs that are plainly UTF-8 read as GBK (a third of their characters pair a UTF-8 lead
 * byte with a continuation byte) yet read back to no text: too many rounds, too many bytes
 * lost. They are reported, and left as they are.
 */
export function findGarbledRuns(text: string, maxRuns = Infinity): [number, number][] {
  return findRuns(text, UTF8_AS_GBK, maxRuns).filter(
    ([start, end]) =>
      end - start >= GARBLED_RUN_MINIMUM &&
      utf8LeadPairShare(text, start, end) >= GARBLED_SHARE &&
      textCost(text, start, end) >= (end - start) * GARBLED_MEAN_COST,
  );
}

/** Lead-pair share of a run that is certainly mojibake (about 1/3 in real cases, under 0.01 in clean text). */
const GARBLED_SHARE = 0.2;

