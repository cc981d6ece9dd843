// Where garbled runs may be: one pass of table lookups over the text finds the stretches each
// wrong reading could have produced (every run shape at once), with the signs that make them
// worth decoding.
import { RUN_SHAPES, unitClasses, type MojibakeCodec, type RunShape } from './codec';

interface Scan {
  shape: RunShape;
  // The shape's fields copied flat: every scan has the same layout, so the hot loop below
  // stays monomorphic (shapes differ in their optional fields).
  runFlag: number;
  hitFlag: number;
  joiner: number;
  minHitShare: number;
  minLength: number;
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
  const scans: Scan[] = SHAPES.map((shape) => ({
    shape,
    runFlag: shape.runFlag,
    hitFlag: shape.hitFlag,
    joiner: shape.joiner ?? -1,
    minHitShare: shape.minHitShare ?? 0,
    minLength: shape.minLength ?? 0,
    start: -1,
    hits: 0,
    runs: [],
    weak: [],
  }));
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const unit = i < length ? text.charCodeAt(i) : 0;
    const flags = i < length ? classes[unit] : 0;
    for (let k = 0; k < scans.length; k++) {
      const scan = scans[k];
      if (flags & scan.runFlag) {
        if (scan.start < 0) (scan.start = i), (scan.hits = 0);
        if (flags & scan.hitFlag) scan.hits++;
        continue;
      }
      if (scan.start < 0) continue;
      // A joiner between a character above ASCII and another run character is part of the run.
      if (unit === scan.joiner && text.charCodeAt(i - 1) >= 0x80 && i + 1 < length && classes[text.charCodeAt(i + 1)] & scan.runFlag) continue;
      const dense = scan.hits >= (i - scan.start) * scan.minHitShare && i - scan.start >= scan.minLength;
      if (scan.hits >= 2 && dense) {
        if (scan.runs.length < maxRuns) scan.runs.push([scan.start, i]);
      } else if (scan.hits === 1 && dense && scan.weak.length < maxRuns) scan.weak.push([scan.start, i]);
      scan.start = -1;
    }
  }
  return scans;
}
