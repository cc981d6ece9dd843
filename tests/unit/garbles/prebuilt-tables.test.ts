// The character tables the build writes for the page (engine/dict/char-tables.bin) and what a
// realm does with them. That the bytes equal Chromium's own is tests/e2e/engine-char-tables.test.ts.
import { expect, test } from 'vitest';
import { charCosts, COST_COMMON, COST_ODD } from '@/lib/detect/char-cost';
import { adoptCharTables, CHAR_TABLES_BYTES, charTablesBytes, loadPrebuiltCharTables } from '@/lib/garbles/prebuilt-tables';
import { decodedUnits, legacyTable, twoByteCodeCount } from '@/lib/codec/legacy-tables';
import { unitClasses } from '@/lib/garbles/mojibake/codec';

test('the file is the cost table and the class table, a byte per UTF-16 unit, then the characters of every GBK and Big5 code', () => {
  const bytes = charTablesBytes();
  expect(bytes.length).toBe(2 * 0x10000 + 2 * (126 * 190 + 126 * 157));
  expect(bytes.length).toBe(CHAR_TABLES_BYTES);
  expect(bytes[0x4e2d]).toBe(COST_COMMON); // 中
  expect(bytes[0x03a9]).toBe(COST_ODD); // Ω
  expect(bytes.subarray(0x10000, 0x20000)).toEqual(unitClasses());
  // Big5's ETEN row (C6A1-C6FE as browsers read it: ①, radicals, kana) is not of the frequent
  // characters, though it shares a lead byte with them; Big5 level 1 ends at C67E.
  expect(bytes[0x2460]).toBe(COST_ODD); // ①
  expect(bytes[0x3047]).toBe(COST_ODD); // ぇ
  expect(bytes[0x7c72]).toBe(COST_COMMON); // 籲, C67E: the last of level 1
  const units = new DataView(bytes.buffer, 2 * 0x10000);
  const unitAt = (index: number) => units.getUint16(2 * index, true);
  // GBK's first code is 8140 (丂); B0A1 is 啊: lead 0xB0 is the 48th, trail 0xA1 the 96th (0x7F is no trail).
  expect(String.fromCharCode(unitAt(0))).toBe('丂');
  expect(String.fromCharCode(unitAt((0xb0 - 0x81) * 190 + (0xa1 - 0x41)))).toBe('啊');
  // Big5's A440 is 一 (lead 0xA4 is the 36th; trail 0x40 the first of 157).
  expect(String.fromCharCode(unitAt(twoByteCodeCount('gbk') + (0xa4 - 0x81) * 157))).toBe('一');
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

test('adopted code characters are the ones the tables are built from: the decoders are not asked again', () => {
  const gbk = decodedUnits('gbk');
  const big5 = decodedUnits('big5');
  expect(adoptCharTables(charTablesBytes())).toBe(true);
  expect(decodedUnits('gbk')).not.toBe(gbk); // the file's, not the decoders' run again
  expect(decodedUnits('gbk')).toEqual(gbk);
  expect(decodedUnits('big5')).toEqual(big5);
  expect(legacyTable('big5').unitOf(0xa440)).toBe(0x4e00);
});

test('running from source there is no built file: the tables are built on first use instead', async () => {
  await expect(loadPrebuiltCharTables()).resolves.toBe(false);
});
