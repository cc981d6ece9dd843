// Where garbled runs may be: one pass of table lookups over the text finds the stretches each
// wrong reading could have produced (every run shape at once), with the signs that make them
// worth decoding.
import { RUN_SHAPES, unitClasses, type MojibakeCodec, type RunShape } from './codec';

interface Scan {
  shape: RunShape;
  start: number;
  hits: number;
  /** Runs with two signs or more, and runs with just one (tried once a page is proven). */
  runs: [number, number][];
  weak: [number, number][];
}

const SHAPES: readonly RunShape[] = Object.values(RUN_SHAPES);

/** The last scan, kept because detection and repair scan the same text for the same runs. */
let lastScan: { text: string; maxRuns: number; scans: Scan[] } | undefined;

/** Maximal stretches of characters the codec could have produced, with two of its signs (or just one: `weak`). */
export function findRuns(text: string, codec: MojibakeCodec, maxRuns: number, weak = false): [number, number][] {
  return findShapeRuns(text, codec.shape, maxRuns, weak);
}

export function findShapeRuns(text: string, shape: RunShape, maxRuns: number, weak = false): [number, number][] {
  if (!lastScan || lastScan.maxRuns !== maxRuns || lastScan.text !== text) lastScan = { text, maxRuns, scans: scanRuns(text, maxRuns) };
  const scan = lastScan.scans[SHAPES.indexOf(shape)];
  return weak ? scan.weak : scan.runs;
}

/** Every kind of run in one pass of table lookups. */
function scanRuns(text: string, maxRuns: number): Scan[] {
  const classes = unitClasses();
  const scans: Scan[] = SHAPES.map((shape) => ({ shape, start: -1, hits: 0, runs: [], weak: [] }));
  for (let i = 0; i <= text.length; i++) {
    const flags = i < text.length ? classes[text.charCodeAt(i)] : 0;
    for (const scan of scans) {
      if (flags & scan.shape.runFlag) {
        if (scan.start < 0) [scan.start, scan.hits] = [i, 0];
        if (flags & scan.shape.hitFlag) scan.hits++;
      } else if (scan.start >= 0 && joins(text, i, scan.shape, classes)) {
        continue;
      } else if (scan.start >= 0) {
        const dense = (!scan.shape.minHitShare || scan.hits >= (i - scan.start) * scan.shape.minHitShare) && i - scan.start >= (scan.shape.minLength ?? 0);
        if (scan.hits >= 2 && !dense) scan.start = -1;
        else if (scan.hits >= 2 && scan.runs.length < maxRuns) scan.runs.push([scan.start, i]);
        else if (scan.hits === 1 && dense && scan.weak.length < maxRuns) scan.weak.push([scan.start, i]);
        scan.start = -1;
      }
    }
  }
  return scans;
}

/** A joiner between a character above ASCII and another run character: part of the run. */
function joins(text: string, i: number, shape: RunShape, classes: Uint8Array): boolean {
  return shape.joiner !== undefined && text.charCodeAt(i) === shape.joiner && text.charCodeAt(i - 1) >= 0x80 && i + 1 < text.length && (classes[text.charCodeAt(i + 1)] & shape.runFlag) !== 0;
}
