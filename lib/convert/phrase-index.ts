// The phrase table's entries, laid out for "the longest entry starting here?" at every
// character of a page. A reader's table may hold 10,000 entries, and on Chinese text about
// four positions in ten start with the first unit of one of them, so the test must stay in
// cache (a trie walk costs several misses, 80 ns or so on a busy machine):
// - the exact sets of the entries' first units and of one-unit entries (8 KB each);
// - a filter of the entries' first two and three units that costs one cache line (PairFilter):
//   all but a few positions in a hundred stop here;
// - then an open-addressing table from the first two units to the entries that start with
//   them, longest first, whose remaining units are compared in place with the text.
// The filter only says "maybe"; the table's comparison decides, so hashes decide speed only.

import type { EntryIndex } from './flat-trie.ts';

/** Bits per item in the filter: a false "maybe" about once in 20 tests. */
const BITS_PER_ITEM = 16;
/** A block is one 64-byte cache line: 16 words, 512 bits. */
const BLOCK_WORDS = 16;
/** Stands for "the entry ends here" where a third unit would be: not a UTF-16 unit. */
const ENDS_HERE = 0x10000;

const bit = (unit: number) => 1 << (unit & 31);
const pairKey = (first: number, second: number) => (first << 16) | second;
/** Multiplicative hash: its high bits pick the block, its middle bits the pair's bit in it. */
const pairHash = (key: number) => Math.imul(key, 0x9e3779b1);
/** Bit of `next` (a third unit, or ENDS_HERE) in the block of a pair's hash. */
const nextBit = (hash: number, next: number) => Math.imul(hash ^ next, 0x85ebca77) >>> 23;

/**
 * What may follow an entry's first unit, as a blocked Bloom filter: each pair of first units
 * sets a bit in the block (cache line) it hashes to, and in the same block a bit for each
 * third unit that follows it and one if the pair is an entry itself. A position then costs one
 * cache line at most; a "maybe" can be wrong (hashes collide), a "no" never is.
 */
class PairFilter {
  readonly words: Int32Array;
  readonly blockShift: number;

  constructor(items: number) {
    let blocks = 16;
    while (blocks * BLOCK_WORDS * 32 < items * BITS_PER_ITEM) blocks *= 2;
    this.words = new Int32Array(blocks * BLOCK_WORDS);
    this.blockShift = Math.clz32(blocks) + 1;
  }

  private set(block: number, bitInBlock: number): void {
    this.words[block + (bitInBlock >>> 5)] |= bit(bitInBlock);
  }

  private has(block: number, bitInBlock: number): boolean {
    return (this.words[block + (bitInBlock >>> 5)] & bit(bitInBlock)) !== 0;
  }

  private blockOf(hash: number): number {
    return (hash >>> this.blockShift) * BLOCK_WORDS;
  }

  /** Records an entry of two units or more. */
  add(source: string): void {
    const hash = pairHash(pairKey(source.charCodeAt(0), source.charCodeAt(1)));
    const block = this.blockOf(hash);
    this.set(block, PairFilter.pairBit(hash));
    this.set(block, nextBit(hash, source.length === 2 ? ENDS_HERE : source.charCodeAt(2)));
  }

  /** The pair's bit in its block: the caller tests `words[block + (bit >>> 5)]` inline first. */
  static pairBit(hash: number): number {
    return (hash >>> 7) & 511;
  }

  /** Past the pair's bit: whether the pair may be an entry or start one with s[i + 2]. */
  mayContinue(s: string, i: number, end: number, hash: number, block: number): boolean {
    return this.has(block, nextBit(hash, ENDS_HERE)) || (i + 2 < end && this.has(block, nextBit(hash, s.charCodeAt(i + 2))));
  }
}

/** A slot of the pair table: the pair's key, where its entries start (+1; 0: a free slot), how many. */
const SLOT_INTS = 4;

export class PhraseIndex implements EntryIndex {
  /**
   * Two words per 32 UTF-16 units, side by side so that both are in one cache line: a bit per
   * unit that starts an entry, then a bit per unit that is an entry. Callers test the first
   * inline: `startBits[(unit >>> 5) << 1] & (1 << (unit & 31))`.
   */
  readonly startBits = new Int32Array(0x10000 >>> 4);
  private readonly singleValues = new Map<number, string>();
  private readonly filter: PairFilter;
  private readonly filterWords: Int32Array;
  private readonly filterShift: number;
  /** Open addressing over pairKey, one slot in one cache line's quarter. */
  private readonly slots: Int32Array;
  private readonly slotMask: number;
  private readonly slotShift: number;
  /** Entries of two units or more, grouped by their first two units, longest first: all sources in one string. */
  private readonly sources: string;
  private readonly sourceStart: Int32Array;
  private readonly sourceLength: Int32Array;
  private readonly values: string[] = [];

  /** `entries`: source -> replacement; sources are non-empty and distinct. */
  constructor(entries: readonly (readonly [string, string])[]) {
    const byPair = new Map<number, [string, string][]>();
    for (const [source, value] of entries) {
      const first = source.charCodeAt(0);
      this.startBits[(first >>> 5) << 1] |= bit(first);
      if (source.length === 1) {
        this.startBits[((first >>> 5) << 1) + 1] |= bit(first);
        this.singleValues.set(first, value);
        continue;
      }
      const key = pairKey(first, source.charCodeAt(1));
      const group = byPair.get(key);
      if (group) group.push([source, value]);
      else byPair.set(key, [[source, value]]);
    }
    this.filter = new PairFilter(byPair.size + entries.length);
    this.filterWords = this.filter.words;
    this.filterShift = this.filter.blockShift;
    let slots = 16;
    while (slots < byPair.size * 2) slots *= 2;
    this.slots = new Int32Array(slots * SLOT_INTS);
    this.slotMask = slots - 1;
    this.slotShift = Math.clz32(slots) + 1;
    const sources: string[] = [];
    this.sourceStart = new Int32Array(entries.length);
    this.sourceLength = new Int32Array(entries.length);
    let at = 0;
    for (const [key, group] of byPair) {
      let slot = pairHash(key) >>> this.slotShift;
      while (this.slots[slot * SLOT_INTS + 1] !== 0) slot = (slot + 1) & this.slotMask;
      this.slots.set([key, this.values.length + 1, group.length], slot * SLOT_INTS);
      group.sort((a, b) => b[0].length - a[0].length);
      for (const [source, value] of group) {
        this.filter.add(source);
        this.sourceStart[this.values.length] = at;
        this.sourceLength[this.values.length] = source.length;
        this.values.push(value);
        sources.push(source);
        at += source.length;
      }
    }
    this.sources = sources.join('');
  }

  /**
   * End of the longest entry that starts at s[i] (whose unit is `unit`, one of `startBits`) and
   * ends within `end`, or -1; the entry's replacement is then `lastValue`.
   */
  longestAt(s: string, i: number, unit: number, end: number): number {
    if (i + 1 < end) {
      // Kept small enough to be inlined where it is called: most calls end at this test.
      const key = pairKey(unit, s.charCodeAt(i + 1));
      const hash = pairHash(key);
      const block = (hash >>> this.filterShift) * BLOCK_WORDS;
      const pairBit = PairFilter.pairBit(hash);
      if ((this.filterWords[block + (pairBit >>> 5)] & bit(pairBit)) !== 0) {
        const matched = this.longerAt(s, i, end, key, hash, block);
        if (matched >= 0) return matched;
      }
    }
    if ((this.startBits[((unit >>> 5) << 1) + 1] & bit(unit)) === 0) return -1;
    this.lastValue = this.singleValues.get(unit)!;
    return i + 1;
  }

  /** The replacement of the entry `longestAt` found last. */
  lastValue = '';

  /**
   * A unit that may belong to a key of the normalising dictionary (CJK compatibility
   * ideographs: U+F900-U+FAFF, and U+2F800-U+2FA1F, which lead with 0xD87E) or start an IDS
   * sequence (skipped unread, so assume the worst): text holding one needs the normalising pass.
   */
  refuses(unit: number): boolean {
    return (unit >= 0xf900 && unit <= 0xfaff) || unit === 0xd87e || (unit >= 0x2ff0 && unit <= 0x2fff);
  }

  private longerAt(s: string, i: number, end: number, key: number, hash: number, block: number): number {
    return this.filter.mayContinue(s, i, end, hash, block) ? this.longestOfPair(s, i, end, key) : -1;
  }

  private longestOfPair(s: string, i: number, end: number, key: number): number {
    const slots = this.slots;
    for (let slot = pairHash(key) >>> this.slotShift; ; slot = (slot + 1) & this.slotMask) {
      const at = slot * SLOT_INTS;
      if (slots[at + 1] === 0) return -1;
      if (slots[at] === key) return this.firstMatchOf(s, i, end, slots[at + 1] - 1, slots[at + 2]);
    }
  }

  /** The first of `count` entries from `from` (longest first) found at s[i...]; their first two units match. */
  private firstMatchOf(s: string, i: number, end: number, from: number, count: number): number {
    const sources = this.sources;
    for (let k = from; k < from + count; k++) {
      const length = this.sourceLength[k];
      if (length > end - i) continue;
      const start = this.sourceStart[k];
      let j = 2;
      while (j < length && sources.charCodeAt(start + j) === s.charCodeAt(i + j)) j++;
      if (j === length) {
        this.lastValue = this.values[k];
        return i + length;
      }
    }
    return -1;
  }
}
