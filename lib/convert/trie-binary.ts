// A built trie as one compact binary file, so a page can start converting
// without importing dictionary strings or parsing them. The file holds the
// trie's nodes in breadth-first order, each as (child count, UTF-16 unit,
// level), and the values as one UTF-16 string. Reading it re-inserts the nodes
// into the same open-addressing table the builder makes: every node is new
// and its parent already placed, so there is no key walking and no string
// scanning. The hash table itself is not shipped: two thirds of its slots are
// empty, and it made the file four times larger (3.7 MB for STPhrases), which
// cost more to fetch than this loop costs to run.
//
// Layout (platform byte order):
//   header  Int32[8]  magic, version, capacity, nodes (root included), entries, valueUnits, 0, 0
//   kids    Uint16[nodes]   children count (node 0 is the root)
//   units   Uint16[nodes]   unit on the edge from the parent (unused for the root)
//   values  Uint16[valueUnits]  every value, in node order
//   levels  Uint8[nodes]    0: no value; else 1 + the highest-priority dictionary holding the key
//   lengths Uint8[entries]  length of each value
// Only values a key reaches are kept: entries a higher-priority dictionary overwrote are dropped.
import { emptyStorage } from './trie-builder.ts';
import { EMPTY, slotHash, type TrieStorage } from './trie-storage.ts';

// "QWT2" read as a little-endian Int32: a big-endian reader sees another number and refuses the file.
const MAGIC = 0x32545751;
const VERSION = 2;
const HEADER_BYTES = 32;

function sectionsOf(nodes: number, entries: number, valueUnits: number) {
  const kids = HEADER_BYTES;
  const units = kids + nodes * 2;
  const values = units + nodes * 2;
  const levels = values + valueUnits * 2;
  const lengths = levels + nodes;
  return { kids, units, values, levels, lengths, total: lengths + entries };
}

/** Slots in breadth-first order from the root, and each one's children count. */
function breadthFirst(storage: TrieStorage): { order: number[]; kids: number[] } {
  const children = new Map<number, number[]>();
  for (let slot = 0; slot <= storage.mask; slot += 1) {
    const parent = storage.parent[slot];
    if (parent === EMPTY) continue;
    const list = children.get(parent);
    if (list) list.push(slot);
    else children.set(parent, [slot]);
  }
  const order = [storage.root];
  const kids: number[] = [];
  for (let i = 0; i < order.length; i += 1) {
    const list = children.get(order[i]) ?? [];
    kids.push(list.length);
    order.push(...list);
  }
  return { order, kids };
}

export function serializeTrie(storage: TrieStorage): Uint8Array {
  const { order, kids } = breadthFirst(storage);
  const values: string[] = [];
  for (const slot of order) {
    const entry = slot === storage.root ? EMPTY : storage.valueIndex[slot];
    if (entry === EMPTY) continue;
    const value = storage.sources[storage.valueText[entry]].slice(storage.valueStart[entry], storage.valueEnd[entry]);
    if (value.length > 255) throw new RangeError('value longer than 255 units: ' + value.slice(0, 20));
    values.push(value);
  }
  const text = values.join('');
  const at = sectionsOf(order.length, values.length, text.length);
  const buffer = new ArrayBuffer(at.total);
  new Int32Array(buffer, 0, 6).set([MAGIC, VERSION, storage.mask + 1, order.length, values.length, text.length]);
  if (kids.some((count) => count > 0xffff)) throw new RangeError('more than 65,535 children');
  new Uint16Array(buffer, at.kids, order.length).set(kids);
  const units = new Uint16Array(buffer, at.units, order.length);
  const levels = new Uint8Array(buffer, at.levels, order.length);
  order.forEach((slot, i) => {
    if (slot === storage.root) return;
    units[i] = storage.unit[slot];
    if (storage.valueIndex[slot] !== EMPTY) levels[i] = storage.level[slot] + 1;
  });
  const valueUnits = new Uint16Array(buffer, at.values, text.length);
  for (let i = 0; i < text.length; i += 1) valueUnits[i] = text.charCodeAt(i);
  new Uint8Array(buffer, at.lengths, values.length).set(values.map((value) => value.length));
  return new Uint8Array(buffer);
}

/** The trie's arrays, rebuilt from a file; throws on a file of another format or version. */
export function trieStorageFromBinary(buffer: ArrayBuffer): TrieStorage {
  if (buffer.byteLength < HEADER_BYTES) throw new TypeError('Not a precompiled trie: too short');
  const [magic, version, capacity, nodes, entries, valueUnits] = new Int32Array(buffer, 0, 6);
  if (magic !== MAGIC || version !== VERSION) throw new TypeError('Not a precompiled trie of this version');
  const at = sectionsOf(nodes, entries, valueUnits);
  if (buffer.byteLength !== at.total) throw new TypeError('Precompiled trie has the wrong length');
  const values = new TextDecoder('utf-16le').decode(new Uint16Array(buffer, at.values, valueUnits));
  const storage = emptyStorage(capacity, entries, [values]);
  insertNodes(storage, nodes, new Uint16Array(buffer, at.kids, nodes), new Uint16Array(buffer, at.units, nodes),
    new Uint8Array(buffer, at.levels, nodes), new Uint8Array(buffer, at.lengths, entries));
  return storage;
}

// One tight loop with everything in locals: it runs once per start-up, cold.
function insertNodes(storage: TrieStorage, nodes: number, kids: Uint16Array, units: Uint16Array, levels: Uint8Array, lengths: Uint8Array): void {
  const { root, mask, rootChild, parent, unit, valueIndex, level, valueStart, valueEnd } = storage;
  const slotOf = new Int32Array(nodes);
  slotOf[0] = root;
  let next = 1;
  let entry = 0;
  let at = 0;
  for (let i = 0; i < nodes; i += 1) {
    const owner = slotOf[i];
    for (let k = kids[i]; k > 0; k -= 1, next += 1) {
      const u = units[next];
      // A new node: the first free slot of its probe sequence, as the builder would pick.
      let slot = slotHash(owner, u) & mask;
      while (parent[slot] !== EMPTY) slot = (slot + 1) & mask;
      parent[slot] = owner;
      unit[slot] = u;
      if (owner === root) rootChild[u] = slot;
      slotOf[next] = slot;
      const lv = levels[next];
      if (lv !== 0) {
        valueIndex[slot] = entry;
        level[slot] = lv - 1;
        valueStart[entry] = at;
        at += lengths[entry];
        valueEnd[entry] = at;
        entry += 1;
      }
    }
  }
  storage.entries = entry;
}
