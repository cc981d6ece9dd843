// The arrays behind a FlatTrie, shared by the builder and the matcher.

export const EMPTY = -1;

export function slotHash(parent: number, unit: number): number {
  const h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit + 1, 0x85ebca77);
  return h ^ (h >>> 15);
}

export interface TrieStorage {
  /** Id of the root: one past the last slot. */
  root: number;
  mask: number;
  /** Root's child per UTF-16 unit, or EMPTY. */
  rootChild: Int32Array;
  /** Per slot (= node id): parent node, or EMPTY for a free slot. */
  parent: Int32Array;
  /** Per slot: the unit on the edge from its parent. */
  unit: Uint16Array;
  /** Per slot: entry of its value, or EMPTY when no key ends here. */
  valueIndex: Int32Array;
  /** Per slot: index of the highest-priority dictionary holding the key. */
  level: Uint8Array;
  // Values stay inside their source texts until first used: slicing 50,000
  // strings up front costs more start-up time (and garbage) than the trie.
  sources: string[];
  valueText: Uint8Array;
  valueStart: Int32Array;
  valueEnd: Int32Array;
  /** Entries written so far. */
  entries: number;
}
