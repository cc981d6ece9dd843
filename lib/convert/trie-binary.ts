// A built trie as one binary file, so a page can start converting without
// parsing dictionary strings or building tries: the file is the TrieStorage's
// own arrays, laid out back to back, and reading it only wraps typed-array
// views around the fetched buffer (plus one UTF-16 decode of the values).
//
// Layout (platform byte order; every section 4-byte aligned):
//   header   Int32[8]  magic, version, root, mask, entries, valueUnits, 0, 0
//   rootChild Int32[65536], parent Int32[capacity], valueIndex Int32[capacity],
//   valueOffsets Int32[entries + 1]  (value k is values[offsets[k], offsets[k+1]))
//   unit Uint16[capacity], values Uint16[valueUnits] (UTF-16), level Uint8[capacity]
// Only the values reachable from a node are kept, renumbered in slot order:
// entries that a later (higher-priority) dictionary overwrote are dropped.
import { EMPTY, type TrieStorage } from './trie-storage.ts';

// "QWT1" read as a little-endian Int32: a big-endian reader sees another number and refuses the file.
const MAGIC = 0x31545751;
const VERSION = 1;
const HEADER_INTS = 8;
const ROOT_UNITS = 0x10000;

const align4 = (n: number) => (n + 3) & ~3;

interface Sections {
  rootChild: number;
  parent: number;
  valueIndex: number;
  valueOffsets: number;
  unit: number;
  values: number;
  level: number;
  total: number;
}

function sectionsOf(capacity: number, entries: number, valueUnits: number): Sections {
  const rootChild = HEADER_INTS * 4;
  const parent = rootChild + ROOT_UNITS * 4;
  const valueIndex = parent + capacity * 4;
  const valueOffsets = valueIndex + capacity * 4;
  const unit = valueOffsets + (entries + 1) * 4;
  const values = align4(unit + capacity * 2);
  const level = align4(values + valueUnits * 2);
  return { rootChild, parent, valueIndex, valueOffsets, unit, values, level, total: align4(level + capacity) };
}

export function serializeTrie(storage: TrieStorage): Uint8Array {
  const capacity = storage.mask + 1;
  const valueIndex = new Int32Array(capacity).fill(EMPTY);
  const values: string[] = [];
  const offsets = [0];
  let units = 0;
  for (let slot = 0; slot < capacity; slot += 1) {
    const entry = storage.valueIndex[slot];
    if (entry === EMPTY) continue;
    const value = storage.sources[storage.valueText[entry]].slice(storage.valueStart[entry], storage.valueEnd[entry]);
    valueIndex[slot] = values.length;
    values.push(value);
    units += value.length;
    offsets.push(units);
  }
  const at = sectionsOf(capacity, values.length, units);
  const buffer = new ArrayBuffer(at.total);
  new Int32Array(buffer, 0, HEADER_INTS).set([MAGIC, VERSION, storage.root, storage.mask, values.length, units]);
  new Int32Array(buffer, at.rootChild, ROOT_UNITS).set(storage.rootChild);
  new Int32Array(buffer, at.parent, capacity).set(storage.parent);
  new Int32Array(buffer, at.valueIndex, capacity).set(valueIndex);
  new Int32Array(buffer, at.valueOffsets, offsets.length).set(offsets);
  new Uint16Array(buffer, at.unit, capacity).set(storage.unit);
  const text = values.join('');
  const valueUnits = new Uint16Array(buffer, at.values, units);
  for (let i = 0; i < units; i += 1) valueUnits[i] = text.charCodeAt(i);
  new Uint8Array(buffer, at.level, capacity).set(storage.level);
  return new Uint8Array(buffer);
}

/** Views over `buffer` (not copied); throws on a file of another format or version. */
export function trieStorageFromBinary(buffer: ArrayBuffer): TrieStorage {
  if (buffer.byteLength < HEADER_INTS * 4) throw new TypeError('Not a precompiled trie: too short');
  const [magic, version, root, mask, entries, units] = new Int32Array(buffer, 0, HEADER_INTS);
  if (magic !== MAGIC || version !== VERSION) throw new TypeError('Not a precompiled trie of this version');
  const capacity = mask + 1;
  const at = sectionsOf(capacity, entries, units);
  if (buffer.byteLength !== at.total) throw new TypeError('Precompiled trie has the wrong length');
  const offsets = new Int32Array(buffer, at.valueOffsets, entries + 1);
  return {
    root,
    mask,
    rootChild: new Int32Array(buffer, at.rootChild, ROOT_UNITS),
    parent: new Int32Array(buffer, at.parent, capacity),
    unit: new Uint16Array(buffer, at.unit, capacity),
    valueIndex: new Int32Array(buffer, at.valueIndex, capacity),
    level: new Uint8Array(buffer, at.level, capacity),
    sources: [new TextDecoder('utf-16le').decode(new Uint16Array(buffer, at.values, units))],
    // One source: every entry reads the values string; starts and ends are one offsets array seen twice.
    valueText: new Uint8Array(entries),
    valueStart: offsets.subarray(0, entries),
    valueEnd: offsets.subarray(1),
    entries,
  };
}
