// What the page itself says about its characters, for guessing a character whose trail byte was
// lost: how often each character occurs, and which characters follow a given one ("記" -> "者").
// Built lazily (most texts never need it) and from a bounded sample, so a multi-MB text costs
// no more than a page.
export interface PageStats {
  count(unit: number): number;
  /** Occurrences of `unit` right after `previous`. */
  follows(previous: number, unit: number): number;
}

const SAMPLE_UNITS = 1 << 20;
const SAMPLE_FOLLOWERS = 4096;

export function pageStats(text: string): PageStats {
  const sample = text.length > SAMPLE_UNITS ? text.slice(0, SAMPLE_UNITS) : text;
  let counts: Uint32Array | undefined;
  const followers = new Map<number, Map<number, number>>();
  return {
    count(unit) {
      if (!counts) {
        counts = new Uint32Array(0x10000);
        for (let i = 0; i < sample.length; i++) counts[sample.charCodeAt(i)]++;
      }
      return counts[unit];
    },
    follows(previous, unit) {
      let after = followers.get(previous);
      if (!after) {
        followers.set(previous, (after = new Map()));
        const ch = String.fromCharCode(previous);
        let seen = 0;
        for (let at = sample.indexOf(ch); at >= 0 && at + 1 < sample.length && seen++ < SAMPLE_FOLLOWERS; at = sample.indexOf(ch, at + 1)) {
          const next = sample.charCodeAt(at + 1);
          after.set(next, (after.get(next) ?? 0) + 1);
        }
      }
      return after.get(unit) ?? 0;
    },
  };
}
