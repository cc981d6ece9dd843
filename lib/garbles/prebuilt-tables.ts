// The character tables detection reads on every Chinese page (a cost per character, a set of
// run classes per UTF-16 unit) and the characters of every GBK and Big5 code (which reversing
// mojibake and finding lost Big5 bytes read), built ahead: the build writes them into
// engine/dict/ beside the converter's tries (scripts/build-engine.ts), and a page fetches 214 KB
// instead of building them from the GBK and Big5 decoders in its first pass, which took 40-60 ms
// for the first two and 10-20 ms for the codes in Chromium. Running from source (Node, the CLI,
// tests) there is no file and the tables are built on first use, as before: the bytes are the
// same either way (tests/e2e/engine-loading.test.ts compares them with Chromium's).
import { dictionaryFileUrl } from '@/lib/convert/precompiled-tries';
import { adoptCharCosts, charCosts } from '@/lib/detect/char-cost';
import { adoptDecodedUnits, decodedUnits, legacyTable, twoByteCodeCount } from '@/lib/codec/legacy-tables';
import { charCost } from './big5-lost-lead/cost';
import { adoptUnitClasses, unitClasses } from './mojibake/codec';

export const CHAR_TABLES_FILE = 'char-tables.bin';
const UNITS = 0x10000;
const GBK_CODES = twoByteCodeCount('gbk');
const BIG5_CODES = twoByteCodeCount('big5');
/** Cost table and class table (a byte per unit each), then GBK's and Big5's characters (two bytes, little-endian, per code). */
export const CHAR_TABLES_BYTES = 2 * UNITS + 2 * (GBK_CODES + BIG5_CODES);

/** What the build writes: the cost table, the class table, then the characters of GBK's and Big5's codes. */
export function charTablesBytes(): Uint8Array {
  const bytes = new Uint8Array(CHAR_TABLES_BYTES);
  bytes.set(charCosts(), 0);
  bytes.set(unitClasses(), UNITS);
  const view = new DataView(bytes.buffer);
  let at = 2 * UNITS;
  for (const unit of [...decodedUnits('gbk'), ...decodedUnits('big5')]) view.setUint16(at, unit, true), (at += 2);
  return bytes;
}

/** Installs `bytes` (as charTablesBytes wrote them); false, and nothing installed, if they are not such tables. */
export function adoptCharTables(bytes: Uint8Array): boolean {
  if (bytes.length !== CHAR_TABLES_BYTES) return false;
  adoptCharCosts(bytes.subarray(0, UNITS));
  adoptUnitClasses(bytes.subarray(UNITS, 2 * UNITS));
  adoptDecodedUnits('gbk', read(2 * UNITS, GBK_CODES));
  adoptDecodedUnits('big5', read(2 * UNITS + 2 * GBK_CODES, BIG5_CODES));
  return true;

  /** The little-endian units at `from`: a view where the platform allows one (every browser), else a copy. */
  function read(from: number, count: number): Uint16Array {
    const at = bytes.byteOffset + from;
    if (LITTLE_ENDIAN && at % 2 === 0) return new Uint16Array(bytes.buffer, at, count);
    const view = new DataView(bytes.buffer, at, 2 * count);
    return Uint16Array.from({ length: count }, (_, k) => view.getUint16(2 * k, true));
  }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let loading: Promise<boolean> | null = null;

/**
 * Fetches the built tables once per realm. Resolves false when there is no file or it cannot be
 * read: detection then builds its tables itself, only later.
 */
export function loadPrebuiltCharTables(): Promise<boolean> {
  loading ??= (async () => {
    const url = dictionaryFileUrl(CHAR_TABLES_FILE);
    if (!url) return false;
    const response = await fetch(url);
    return response.ok && adoptCharTables(new Uint8Array(await response.arrayBuffer()));
  })().catch(() => false);
  return loading;
}

/**
 * Makes the tables every Chinese page's first garble check reads (GBK's and Big5's code tables,
 * the lost-lead costs) from the adopted characters: 10-20 ms the page bundle spends in a task of
 * its own, before the first pass, not inside that pass's first slice.
 */
export function warmCodeTables(): void {
  legacyTable('gbk');
  legacyTable('big5');
  charCost(0x4e00);
}
