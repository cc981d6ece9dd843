// Small helpers shared by the benches: medians of repeated timings, wall and CPU.

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `fn` `runs` times after one warm-up and returns the median time in ms. */
export function medianTime(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Wall and CPU milliseconds of each run. */
export interface Timings {
  wall: number[];
  /** CPU time (user + system): what other processes on a busy machine disturb less. */
  cpu: number[];
}

/** Times `a` and `b` alternately, `runs` times each, so drift (GC, other processes) hits both alike. */
export function timeAlternately(runs: number, a: () => unknown, b: () => unknown): { a: Timings; b: Timings } {
  const times = { a: { wall: [], cpu: [] } as Timings, b: { wall: [], cpu: [] } as Timings };
  const timeOne = (fn: () => unknown, into: Timings) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    fn();
    into.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    into.cpu.push((used.user + used.system) / 1000);
  };
  for (let run = 0; run < runs; run++) {
    timeOne(a, times.a);
    timeOne(b, times.b);
  }
  return times;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Reads a character of each result. V8 builds concatenations as ropes and
 * flattens them on first character access; touching the results makes both
 * sides of a comparison pay for a usable string, as a DOM write would.
 */
export function touch(results: string | readonly string[]): number {
  let sum = 0;
  for (const text of typeof results === 'string' ? [results] : results) sum += text.charCodeAt(text.length - 1) | 0;
  return sum;
}
