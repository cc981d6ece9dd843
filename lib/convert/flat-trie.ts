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

/** A phrase table's entries as `convertAroundEntries` reads them (phrase-index.ts). */
export interface EntryIndex {
  /** Two words per 32 UTF-16 units; in the first, a bit per unit that starts an entry. */
  readonly startBits: Int32Array;
  /** End of the longest entry at s[i] (its unit starts one) within `end`, or -1; then `lastValue`. */
  longestAt(s: string, i: number, unit: number, end: number): number;
  readonly lastValue: string;
  /** Whether text holding this unit (no Han, Latin or common punctuation) must take another path. */
  refuses(unit: number): boolean;
}

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
   * `convertRange` over the pieces of s[start, end) between a phrase table's entries (found
   * longest first, left to right, as written), each piece as if converted on its own and each
   * entry replaced by its value, in one pass: the scan for entries runs just ahead of the
   * conversion, and a step that would take in the start of an entry is cut short there.
   * Null when the text holds a unit the table `refuses`.
   */
  convertAroundEntries(s: string, start: number, end: number, levels: number, entries: EntryIndex): string | null {
    const rootChild = this.rootChild;
    const startBits = entries.startBits;
    let out = '';
    let copied = start; // s[copied, i) is unconverted text not yet written
    let i = start;
    let at = start; // the scan's next position: no entry starts at a position it passed
    let entryStart = -1; // the entry the scan stopped at, if any
    let entryEnd = 0;
    let entryValue = '';
    while (i < end) {
      if (entryStart === i) {
        if (copied < i) out += s.slice(copied, i);
        out += entryValue;
        i = copied = at = entryEnd;
        entryStart = -1;
        continue;
      }
      const unit = s.charCodeAt(i);
      if (at === i && entryStart < 0) {
        // Position i first, where the step starts (most steps are one unit: no loop below).
        if ((startBits[(unit >>> 5) << 1] & (1 << (unit & 31))) !== 0) {
          const entryAt = entries.longestAt(s, i, unit, end);
          if (entryAt >= 0) {
            entryStart = i;
            entryEnd = entryAt;
            entryValue = entries.lastValue;
            continue;
          }
        }
        if (unit < 0x2ff0 || (unit > 0x2fff && unit < 0xd800)) at += 1;
        else if (entries.refuses(unit)) return null;
        else at += unmatchedLength(s, at, end);
      }
      let limit = entryStart >= 0 ? entryStart : end;
      let matchedEnd = rootChild[unit] === EMPTY ? EMPTY : this.matchAt(s, i, limit, levels);
      let stepEnd = matchedEnd === EMPTY ? i + unmatchedLength(s, i, limit) : matchedEnd;
      if (entryStart < 0 && at < stepEnd) {
        while (at < stepEnd) {
          const unit = s.charCodeAt(at);
          if ((startBits[(unit >>> 5) << 1] & (1 << (unit & 31))) !== 0) {
            const entryAt = entries.longestAt(s, at, unit, end);
            if (entryAt >= 0) {
              entryStart = at;
              entryEnd = entryAt;
              entryValue = entries.lastValue;
              break;
            }
          }
          if (unit < 0x2ff0 || (unit > 0x2fff && unit < 0xd800)) at += 1;
          else if (entries.refuses(unit)) return null;
          else at += unmatchedLength(s, at, end);
        }
        if (entryStart >= 0 && entryStart < stepEnd) {
          limit = entryStart;
          matchedEnd = rootChild[unit] === EMPTY ? EMPTY : this.matchAt(s, i, limit, levels);
          stepEnd = matchedEnd === EMPTY ? i + unmatchedLength(s, i, limit) : matchedEnd;
        }
      }
      if (matchedEnd === EMPTY) {
        i = stepEnd;
        continue;
      }
      if (copied < i) out += s.slice(copied, i);
      out += this.valueOf(this.matchedValue);
      i = copied = stepEnd;
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
