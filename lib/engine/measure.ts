// How long detection takes on a page: the bench prints it and a unit test holds it to the
// budget (a content script detects on every Chinese page the user opens).
import { detectGarbles } from '@/lib/garbles/detect-garbles';
import { detectScript } from '@/lib/detect/script';

export interface DetectTiming {
  /** UTF-8 size of the page text. */
  kilobytes: number;
  scriptMs: number;
  garblesMs: number;
  totalMs: number;
}

/**
 * Medians over `runs` calls, after one warm-up that builds the lazy tables. Each call gets a
 * text of its own (the page plus a counter), so nothing cached from the previous call helps:
 * a page is detected once.
 */
export function measureDetect(pageText: string, runs = 41): DetectTiming {
  const median = (fn: (text: string) => unknown) => {
    fn(pageText);
    const texts = Array.from({ length: runs }, (_, i) => `${pageText}\n${i}`);
    const times: number[] = [];
    for (const text of texts) {
      const start = performance.now();
      fn(text);
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[runs >> 1];
  };
  const scriptMs = median(detectScript);
  const garblesMs = median(detectGarbles);
  const totalMs = median((text) => (detectScript(text), detectGarbles(text)));
  return { kilobytes: Math.round(new TextEncoder().encode(pageText).length / 1024), scriptMs, garblesMs, totalMs };
}

/** The first `bytes` of `text` in UTF-8, cut at a character boundary. */
export function utf8Prefix(text: string, bytes: number): string {
  const encoded = new TextEncoder().encode(text).subarray(0, bytes);
  return new TextDecoder().decode(encoded).replace(/\ufffd$/, '');
}
