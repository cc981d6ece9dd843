// Builds the typed arrays of a FlatTrie from opencc-js dictionary texts or from
// the user's phrase pairs. Nodes are slots of an open-addressing hash table
// keyed by (parent, UTF-16 unit); a direct table holds the root's children.
import { EMPTY, slotHash, type TrieStorage } from './trie-storage.ts';

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

/** `keyUnits` bounds the node count; the table keeps its load under 2/3. */
function allocate(keyUnits: number, entries: number, sources: string[]): TrieStorage {
  let capacity = 16;
  while (capacity < keyUnits * 1.5) capacity *= 2;
  return emptyStorage(capacity, entries, sources);
}

/** Empty arrays for a table of `capacity` slots (a power of two) and `entries` values. */
export function emptyStorage(capacity: number, entries: number, sources: string[]): TrieStorage {
  return {
    root: capacity, // not a slot, so no edge is mistaken for a root edge
    mask: capacity - 1,
    rootChild: new Int32Array(0x10000).fill(EMPTY),
    parent: new Int32Array(capacity).fill(EMPTY),
    unit: new Uint16Array(capacity),
    valueIndex: new Int32Array(capacity).fill(EMPTY),
    level: new Uint8Array(capacity),
    sources,
    valueText: new Uint8Array(entries),
    valueStart: new Int32Array(entries),
    valueEnd: new Int32Array(entries),
    entries: 0,
  };
}

/**
 * Dictionaries in opencc-js text form ("src dst|src dst"), highest priority
 * first: loaded in reverse, later entries overwriting, as opencc-js does.
 * Each node records the highest-priority dictionary holding its key (its level).
 */
export function storageFromDictionaries(dictionaries: readonly string[]): TrieStorage {
  if (dictionaries.length > 255) throw new RangeError('at most 255 dictionaries in one trie');
  const { entries, keyUnits } = measure(dictionaries);
  const storage = allocate(keyUnits, entries, [...dictionaries]);
  for (let level = dictionaries.length - 1; level >= 0; level -= 1) loadText(storage, level, level);
  return storage;
}

/** Source -> replacement pairs (the user's phrase table), all at level 0. */
export function storageFromPairs(pairs: readonly (readonly [string, string])[]): TrieStorage {
  const keyed = pairs.filter(([key]) => key.length > 0);
  const values = keyed.map(([, value]) => value);
  const storage = allocate(keyed.reduce((sum, [key]) => sum + key.length, 0), keyed.length, [values.join('')]);
  let at = 0;
  keyed.forEach(([key], index) => {
    let node = storage.root;
    for (let i = 0; i < key.length; i += 1) node = childOrInsert(storage, node, key.charCodeAt(i));
    setValue(storage, node, 0, at, at + values[index].length, 0);
    at += values[index].length;
  });
  return storage;
}

function childOrInsert(storage: TrieStorage, node: number, unit: number): number {
  const { root, rootChild, parent, unit: units, mask } = storage;
  if (node === root && rootChild[unit] !== EMPTY) return rootChild[unit];
  let slot = slotHash(node, unit) & mask;
  for (let owner = parent[slot]; owner !== EMPTY; owner = parent[slot]) {
    if (owner === node && units[slot] === unit) return slot;
    slot = (slot + 1) & mask;
  }
  parent[slot] = node;
  units[slot] = unit;
  if (node === root) rootChild[unit] = slot;
  return slot;
}

/** Points the node at a value; a later entry for the same key overwrites it. */
function setValue(storage: TrieStorage, node: number, source: number, start: number, end: number, level: number): void {
  const entry = storage.entries++;
  storage.valueText[entry] = source;
  storage.valueStart[entry] = start;
  storage.valueEnd[entry] = end;
  storage.valueIndex[node] = entry;
  storage.level[node] = level;
}

// One tight function with everything in locals: it runs once per start-up,
// mostly before the JIT has warmed up, over 150,000 key units.
function loadText(storage: TrieStorage, source: number, level: number): void {
  const text = storage.sources[source];
  const { parent, unit: units, rootChild, mask, root, valueIndex, valueText, valueStart, valueEnd } = storage;
  const levels = storage.level;
  // Nodes along the previous key: dictionaries are mostly sorted, so a key
  // usually shares a prefix with the one before it and skips those lookups.
  const path: number[] = [];
  let previousLength = 0;
  let entry = storage.entries;
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
  storage.entries = entry;
}
