// A dictionary trie in a few typed arrays instead of one Map per node (which is
// what makes opencc-js take 150-200 ms and 40 MB for Simplified -> Taiwan).
// Nodes are slots of an open-addressing hash table keyed by (parent, UTF-16
// unit); a direct table serves the first unit. Keys are walked by code unit,
// which matches opencc-js's code-point walk because keys hold whole code points.
//
// One trie can serve several dictionary lists that share a prefix: each node
// records the index of the highest-priority dictionary holding its key, and a
// view with `levels = n` only sees keys from the first n dictionaries.
import { unmatchedLength } from './unmatched-length.ts';

const EMPTY = -1;
export const ALL_LEVELS = 255;

function slotHash(parent: number, unit: number): number {
  const h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77);
  return h ^ (h >>> 15);
}

/** Entries and total key units (an upper bound of the nodes) of dictionary texts. */
function measure(texts: readonly string[]): { entries: number; keyUnits: number } {
  let entries = 0;
  let keyUnits = 0;
  for (const text of texts) {
    for (let at = 0; at < text.length; entries += 1) {
      const space = text.indexOf(' ', at);
      if (space < 0) break;
      keyUnits += space - at;
      const bar = text.indexOf('|', space);
      at = bar < 0 ? text.length : bar + 1;
    }
  }
  return { entries, keyUnits };
}

export class FlatTrie {
  private readonly root: number;
  private readonly mask: number;
  private readonly rootChild = new Int32Array(0x10000).fill(EMPTY);
  private readonly parent: Int32Array;
  private readonly unit: Uint16Array;
  private readonly valueIndex: Int32Array;
  private readonly level: Uint8Array;
  // Values stay inside their source texts until first used: slicing 50,000
  // strings up front costs more start-up time (and garbage) than the trie.
  private readonly sources: string[];
  private readonly valueText: Uint8Array;
  private readonly valueStart: Int32Array;
  private readonly valueEnd: Int32Array;
  private readonly values: (string | undefined)[];
  private entryCount = 0;

  /** `keyUnits` bounds the node count; the table keeps its load under 2/3. */
  private constructor(keyUnits: number, entries: number, sources: string[]) {
    this.sources = sources;
    this.valueText = new Uint8Array(entries);
    this.valueStart = new Int32Array(entries);
    this.valueEnd = new Int32Array(entries);
    this.values = new Array(entries);
    let capacity = 16;
    while (capacity < keyUnits * 1.5) capacity *= 2;
    this.mask = capacity - 1;
    this.root = capacity; // not a slot, so no edge is mistaken for a root edge
    this.parent = new Int32Array(capacity).fill(EMPTY);
    this.unit = new Uint16Array(capacity);
    this.valueIndex = new Int32Array(capacity).fill(EMPTY);
    this.level = new Uint8Array(capacity);
  }

  /**
   * Dictionaries in opencc-js text form ("src dst|src dst"), highest priority
   * first: loaded in reverse, later entries overwriting, as opencc-js does.
   */
  static fromDictionaries(dictionaries: readonly string[]): FlatTrie {
    if (dictionaries.length > 255) throw new RangeError('at most 255 dictionaries in one trie');
    const { entries, keyUnits } = measure(dictionaries);
    const trie = new FlatTrie(keyUnits, entries, [...dictionaries]);
    for (let level = dictionaries.length - 1; level >= 0; level -= 1) trie.loadText(level, level);
    return trie;
  }

  static fromPairs(pairs: readonly (readonly [string, string])[]): FlatTrie {
    const keyed = pairs.filter(([key]) => key.length > 0);
    const values = keyed.map(([, value]) => value);
    const trie = new FlatTrie(keyed.reduce((sum, [key]) => sum + key.length, 0), keyed.length, [values.join('')]);
    let at = 0;
    keyed.forEach(([key], index) => {
      trie.add(key, 0, at, at + values[index].length, 0);
      at += values[index].length;
    });
    return trie;
  }

  // One tight function with everything in locals: it runs once per start-up,
  // mostly before the JIT has warmed up, over 150,000 key units.
  private loadText(source: number, level: number): void {
    const text = this.sources[source];
    const { parent, unit: units, rootChild, mask, root, valueIndex, valueText, valueStart, valueEnd } = this;
    const levels = this.level;
    // Nodes along the previous key: dictionaries are mostly sorted, so a key
    // usually shares a prefix with the one before it and skips those lookups.
    const path: number[] = [];
    let previousLength = 0;
    let entry = this.entryCount;
    let at = 0;
    while (at < text.length) {
      let node = root;
      let length = 0;
      let sharing = true;
      for (let unit = text.charCodeAt(at); unit !== 0x20; unit = text.charCodeAt(at + length)) {
        if (at + length >= text.length) throw new TypeError('Invalid dictionary entry at ' + at);
        if (sharing && length < previousLength && units[path[length]] === unit) {
          node = path[length];
        } else {
          sharing = false;
          let slot = node === root ? rootChild[unit] : EMPTY;
          if (slot === EMPTY) {
            slot = slotHash(node, unit) & mask;
            for (let owner = parent[slot]; owner !== EMPTY; owner = parent[slot]) {
              if (owner === node && units[slot] === unit) break;
              slot = (slot + 1) & mask;
            }
            if (parent[slot] === EMPTY) {
              parent[slot] = node;
              units[slot] = unit;
              if (node === root) rootChild[unit] = slot;
            }
          }
          node = slot;
          path[length] = node;
        }
        length += 1;
      }
      if (length === 0) throw new TypeError('Invalid dictionary entry at ' + at);
      let bar = text.indexOf('|', at + length);
      if (bar < 0) bar = text.length;
      valueText[entry] = source;
      valueStart[entry] = at + length + 1;
      valueEnd[entry] = bar;
      valueIndex[node] = entry++;
      levels[node] = level;
      previousLength = length;
      at = bar + 1;
    }
    this.entryCount = entry;
  }

  private add(key: string, source: number, valueStart: number, valueEnd: number, level: number): void {
    let node = this.root;
    for (let i = 0; i < key.length; i += 1) node = this.childOrInsert(node, key.charCodeAt(i));
    this.setValue(node, source, valueStart, valueEnd, level);
  }

  /** Points the node at a value; a later dictionary entry for the same key overwrites it. */
  private setValue(node: number, source: number, start: number, end: number, level: number): void {
    const entry = this.entryCount++;
    this.valueText[entry] = source;
    this.valueStart[entry] = start;
    this.valueEnd[entry] = end;
    this.valueIndex[node] = entry;
    this.level[node] = level;
  }

  private valueOf(entry: number): string {
    let value = this.values[entry];
    if (value === undefined) {
      value = this.sources[this.valueText[entry]].slice(this.valueStart[entry], this.valueEnd[entry]);
      this.values[entry] = value;
    }
    return value;
  }

  private childOrInsert(node: number, unit: number): number {
    if (node === this.root && this.rootChild[unit] !== EMPTY) return this.rootChild[unit];
    let slot = slotHash(node, unit) & this.mask;
    for (;;) {
      const owner = this.parent[slot];
      if (owner === EMPTY) break;
      if (owner === node && this.unit[slot] === unit) return slot;
      slot = (slot + 1) & this.mask;
    }
    this.parent[slot] = node;
    this.unit[slot] = unit;
    if (node === this.root) this.rootChild[unit] = slot;
    return slot;
  }

  private child(node: number, unit: number): number {
    const parent = this.parent;
    const mask = this.mask;
    let slot = slotHash(node, unit) & mask;
    for (;;) {
      const owner = parent[slot];
      if (owner === node) {
        if (this.unit[slot] === unit) return slot;
      } else if (owner === EMPTY) {
        return EMPTY;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Value of the key equal to s[start, end), if the view holds one. */
  lookup(s: string, start: number, end: number, levels = ALL_LEVELS): string | undefined {
    let node = this.root;
    for (let i = start; i < end && node !== EMPTY; i += 1) {
      const unit = s.charCodeAt(i);
      node = node === this.root ? this.rootChild[unit] : this.child(node, unit);
    }
    if (node === EMPTY || node === this.root) return undefined;
    const value = this.valueIndex[node];
    return value !== EMPTY && this.level[node] < levels ? this.valueOf(value) : undefined;
  }

  /** Whether any key starts with this UTF-16 unit (cheap pre-filter). */
  startsKey(unit: number): boolean {
    return this.rootChild[unit] !== EMPTY;
  }

  // Result of the last successful `matchAt`, kept in fields to avoid allocating.
  private matchedValue = EMPTY;

  /** End of the longest key visible at `levels` starting at i within [i, end), or -1. */
  private matchAt(s: string, i: number, end: number, levels: number): number {
    let node = this.rootChild[s.charCodeAt(i)];
    if (node === EMPTY) return EMPTY;
    let matchedEnd = EMPTY;
    let j = i + 1;
    for (;;) {
      const value = this.valueIndex[node];
      if (value !== EMPTY && this.level[node] < levels) {
        matchedEnd = j;
        this.matchedValue = value;
      }
      if (j >= end) break;
      node = this.child(node, s.charCodeAt(j));
      if (node === EMPTY) break;
      j += 1;
    }
    return matchedEnd;
  }

  /** opencc-js `Trie.convert` over s[start, end). */
  convertRange(s: string, start: number, end: number, levels = ALL_LEVELS): string {
    const rootChild = this.rootChild;
    let out = '';
    let copied = start; // s[copied, i) is unmatched text not yet written
    let i = start;
    while (i < end) {
      if (rootChild[s.charCodeAt(i)] === EMPTY) {
        i += unmatchedLength(s, i, end);
        continue;
      }
      const matchedEnd = this.matchAt(s, i, end, levels);
      if (matchedEnd === EMPTY) {
        i += unmatchedLength(s, i, end);
        continue;
      }
      if (copied < i) out += s.slice(copied, i);
      out += this.valueOf(this.matchedValue);
      i = copied = matchedEnd;
    }
    if (copied === start) return start === 0 && end === s.length ? s : s.slice(start, end);
    return copied < end ? out + s.slice(copied, end) : out;
  }

  /**
   * opencc-js `Trie.segment` over s[start, end): appends [from, to) pairs to
   * `bounds`, one per matched key and one per maximal unmatched run.
   */
  segmentRange(s: string, start: number, end: number, levels: number, bounds: number[]): void {
    let runStart = EMPTY;
    let i = start;
    while (i < end) {
      const matchedEnd = this.rootChild[s.charCodeAt(i)] === EMPTY ? EMPTY : this.matchAt(s, i, end, levels);
      if (matchedEnd === EMPTY) {
        if (runStart === EMPTY) runStart = i;
        i += unmatchedLength(s, i, end);
        continue;
      }
      if (runStart !== EMPTY) {
        bounds.push(runStart, i);
        runStart = EMPTY;
      }
      bounds.push(i, matchedEnd);
      i = matchedEnd;
    }
    if (runStart !== EMPTY) bounds.push(runStart, end);
  }
}
