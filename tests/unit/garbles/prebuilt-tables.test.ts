// The character tables the build writes for the page (engine/dict/char-tables.bin) and what a
// realm does with them. That the bytes equal Chromium's own is tests/e2e/engine-char-tables.test.ts.
import { expect, test } from 'vitest';
import { charCosts, COST_COMMON, COST_ODD } from '@/lib/detect/char-cost';
import { adoptCharTables, charTablesBytes, loadPrebuiltCharTables } from '@/lib/garbles/prebuilt-tables';
import { unitClasses } from '@/lib/garbles/mojibake/codec';

test('the file is the cost table, then the class table, one byte per UTF-16 unit', () => {
  const bytes = charTablesBytes();
  expect(bytes.length).toBe(2 * 0x10000);
  expect(bytes[0x4e2d]).toBe(COST_COMMON); // 中
  expect(bytes[0x03a9]).toBe(COST_ODD); // Ω
  expect(bytes.subarray(0x10000)).toEqual(unitClasses());
  // Big5's ETEN row (C6A1-C6FE as browsers read it: ①, radicals, kana) is not of the frequent
  // characters, though it shares a lead byte with them; Big5 level 1 ends at C67E.
  expect(bytes[0x2460]).toBe(COST_ODD); // ①
  expect(bytes[0x3047]).toBe(COST_ODD); // ぇ
  expect(bytes[0x7c72]).toBe(COST_COMMON); // 籲, C67E: the last of level 1
});

test('tables of another size are refused and nothing is installed; the right ones are installed as given', () => {
  const before = charCosts();
  expect(adoptCharTables(new Uint8Array(100))).toBe(false);
  expect(charCosts()).toBe(before);
  const copy = charTablesBytes().slice();
  expect(adoptCharTables(copy)).toBe(true);
  expect(charCosts().buffer).toBe(copy.buffer);
  expect(unitClasses().buffer).toBe(copy.buffer);
});

test('running from source there is no built file: the tables are built on first use instead', async () => {
  await expect(loadPrebuiltCharTables()).resolves.toBe(false);
});
