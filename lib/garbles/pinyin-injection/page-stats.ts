// What the page itself says about its characters, for guessing a character whose trail byte was
// lost: how often each character occurs, and which characters follow a given one ("記" -> "者").
// Built lazily (most texts never need it) and from a bounded sample, so a multi-MB text costs
// no more than a page. Annotations are left out of the sample: on a page that annotates 是,
// what follows 是 is "(shì)", and the pair the guesses need is 是否.
export interface PageStats {
  count(unit: number): number;
  /** Units in the sample: what the counts are out of. */
  readonly size: number;
  /** Occurrences of `unit` right after `previous` (one scan per `previous`). */
  follows(previous: number, unit: number): number;
  /** The same count, scanned from the other side (one scan per `next`): for many candidates before one character. */
  precedes(unit: number, next: number): number;
  /** Occurrences of a character outside ASCII, then ASCII `ascii` (below 0x40: a space, a newline, punctuation), then `next`. */
  asciiBetween(ascii: number, next: number): number;
  /** The units the page shows right before `text` (a few characters), with their counts. */
  unitsBefore(text: string): ReadonlyMap<number, number>;
}

const SAMPLE_UNITS = 1 << 20;
const SAMPLE_FOLLOWERS = 4096;

/** An annotation as the page shows it, whole or with its '(' swallowed: `(fā)`, `?qǐng)`, `(zhong)`. */
const ANNOTATION = /[(?][a-zA-Z\u00e0-\u01dc\u0300-\u030c:]{1,8}\)/g;

export function pageStats(text: string): PageStats {
  let stripped: string | undefined;
  const sampled = () => (stripped ??= (text.length > SAMPLE_UNITS ? text.slice(0, SAMPLE_UNITS) : text).replace(ANNOTATION, ''));
  let counts: Uint32Array | undefined;
  const followers = new Map<number, Map<number, number>>();
  const predecessors = new Map<number, Map<number, number>>();
  /** Neighbours of `unit` on one side (+1 after, -1 before), counted over its first occurrences. */
  const neighbours = (unit: number, side: 1 | -1): Map<number, number> => {
    const sample = sampled();
    const counted = new Map<number, number>();
    const ch = String.fromCharCode(unit);
    let seen = 0;
    for (let at = sample.indexOf(ch); at >= 0 && seen++ < SAMPLE_FOLLOWERS; at = sample.indexOf(ch, at + 1)) {
      const other = at + side;
      if (other < 0 || other >= sample.length) continue;
      const neighbour = sample.charCodeAt(other);
      counted.set(neighbour, (counted.get(neighbour) ?? 0) + 1);
    }
    return counted;
  };
  let betweens: Map<number, number> | undefined;
  const befores = new Map<string, Map<number, number>>();
  return {
    get size() {
      return sampled().length;
    },
    count(unit) {
      if (!counts) {
        const sample = sampled();
        counts = new Uint32Array(0x10000);
        for (let i = 0; i < sample.length; i++) counts[sample.charCodeAt(i)]++;
      }
      return counts[unit];
    },
    follows(previous, unit) {
      let after = followers.get(previous);
      if (!after) followers.set(previous, (after = neighbours(previous, 1)));
      return after.get(unit) ?? 0;
    },
    precedes(unit, next) {
      let before = predecessors.get(next);
      if (!before) predecessors.set(next, (before = neighbours(next, -1)));
      return before.get(unit) ?? 0;
    },
    asciiBetween(ascii, next) {
      if (!betweens) {
        betweens = new Map();
        const sample = sampled();
        for (let i = 1; i + 1 < sample.length; i++) {
          const unit = sample.charCodeAt(i);
          if (unit < 0x40 && sample.charCodeAt(i - 1) >= 0x80) {
            const key = unit * 0x10000 + sample.charCodeAt(i + 1);
            betweens.set(key, (betweens.get(key) ?? 0) + 1);
          }
        }
      }
      return betweens.get(ascii * 0x10000 + next) ?? 0;
    },
    unitsBefore(text) {
      let counted = befores.get(text);
      if (counted) return counted;
      befores.set(text, (counted = new Map()));
      const sample = sampled();
      let seen = 0;
      for (let at = sample.indexOf(text, 1); at >= 0 && seen++ < SAMPLE_FOLLOWERS; at = sample.indexOf(text, at + 1)) {
        const unit = sample.charCodeAt(at - 1);
        counted.set(unit, (counted.get(unit) ?? 0) + 1);
      }
      return counted;
    },
  };
}
