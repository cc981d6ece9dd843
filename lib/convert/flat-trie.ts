// A dictionary trie in a few typed arrays instead of one Map per node (which is
// what makes opencc-js take 150-200 ms and 40 MB for Simplified -> Taiwan);
// built by trie-builder.ts. Keys are walked by UTF-16 unit, which matches
// opencc-js's code-point walk because keys hold whole code points.
//
// One trie can serve several dictionary lists that share a prefix: each node
// records the index of the highest-priority dictionary holding its key, and a
// view with `levels = n` only sees keys from the first n dictionaries.
import { storageFromDictionaries, storageFromPairs } from './trie-builder.ts';
import { EMPTY, slotHash, type TrieStorage } from './trie-storage.ts';
import { unmatchedLength } from './unmatched-length.ts';

export const ALL_LEVELS = 255;

export class FlatTrie {
  private readonly root: number;
  private readonly mask: number;
  private readonly rootChild: Int32Array;
  private readonly parent: Int32Array;
  private readonly unit: Uint16Array;
  private readonly valueIndex: Int32Array;
  private readonly level: Uint8Array;
  private readonly storage: TrieStorage;
  private readonly values: (string | undefined)[];

  private constructor(storage: TrieStorage) {
    this.storage = storage;
    ({ root: this.root, mask: this.mask, rootChild: this.rootChild, parent: this.parent, unit: this.unit } = storage);
    ({ valueIndex: this.valueIndex, level: this.level } = storage);
    this.values = new Array(storage.entries);
  }

  /** See storageFromDictionaries: highest priority first, as in opencc-js groups. */
  static fromDictionaries(dictionaries: readonly string[]): FlatTrie {
    return new FlatTrie(storageFromDictionaries(dictionaries));
  }

  static fromPairs(pairs: readonly (readonly [string, string])[]): FlatTrie {
    return new FlatTrie(storageFromPairs(pairs));
  }

  /** A trie over arrays built elsewhere (trie-binary.ts reads them from a precompiled file). */
  static fromStorage(storage: TrieStorage): FlatTrie {
    return new FlatTrie(storage);
  }

  private valueOf(entry: number): string {
    let value = this.values[entry];
    if (value === undefined) {
      const { sources, valueText, valueStart, valueEnd } = this.storage;
      value = sources[valueText[entry]].slice(valueStart[entry], valueEnd[entry]);
      this.values[entry] = value;
    }
    return value;
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
