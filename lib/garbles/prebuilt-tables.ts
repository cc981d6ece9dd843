// The two character tables detection reads on every Chinese page (a cost per character, a set of
// run classes per UTF-16 unit), built ahead: the build writes them into engine/dict/ beside the
// converter's tries (scripts/build-engine.ts), and a page fetches 128 KB instead of building them
// from the GBK and Big5 decoders on its first look, which took 40-60 ms of a first pass in
// Chromium. Running from source (Node, the CLI, tests) there is no file and the tables are built
// on first use, as before: the bytes are the same either way (tests/unit/garbles/prebuilt-tables.test.ts).
import { dictionaryFileUrl } from '@/lib/convert/precompiled-tries';
import { adoptCharCosts, charCosts } from '@/lib/detect/char-cost';
import { adoptUnitClasses, unitClasses } from './mojibake/codec';

export const CHAR_TABLES_FILE = 'char-tables.bin';
const UNITS = 0x10000;

/** What the build writes: the cost table, then the class table, one byte per unit each. */
export function charTablesBytes(): Uint8Array {
  const bytes = new Uint8Array(2 * UNITS);
  bytes.set(charCosts(), 0);
  bytes.set(unitClasses(), UNITS);
  return bytes;
}

/** Installs `bytes` (as charTablesBytes wrote them); false, and nothing installed, if they are not such tables. */
export function adoptCharTables(bytes: Uint8Array): boolean {
  if (bytes.length !== 2 * UNITS) return false;
  adoptCharCosts(bytes.subarray(0, UNITS));
  adoptUnitClasses(bytes.subarray(UNITS));
  return true;
}

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
