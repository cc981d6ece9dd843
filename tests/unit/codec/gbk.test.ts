import { expect, test } from 'vitest';
import { gbkCodeOf, gbkCodes, gbkUnitOf } from '@/lib/codec/gbk';
import { GBK_ALIASES } from '@/lib/codec/gbk-aliases.generated';
import { legacyTable } from '@/lib/codec/legacy-tables';

test("the GBK table is the browser's: every two-byte code decodes as WHATWG gb18030 does, and encodes back", () => {
  const whatwg = new TextDecoder('gb18030');
  let checked = 0;
  for (const code of gbkCodes()) {
    const unit = gbkUnitOf(code);
    expect(whatwg.decode(Uint8Array.of(code >> 8, code & 0xff)).charCodeAt(0)).toBe(unit);
    // First code wins for the few characters two codes decode to.
    const back = gbkCodeOf(unit);
    expect(back === code || gbkUnitOf(back) === unit || (unit === 0x20ac && back === 0x80)).toBe(true);
    checked++;
  }
  expect(checked).toBeGreaterThan(21_000);
});

test('one table serves every caller: the encoder and the GBK helpers agree on every unit', () => {
  const table = legacyTable('gbk');
  for (let unit = 0; unit < 0x10000; unit++) expect(gbkCodeOf(unit)).toBe(table.codeOf(unit));
});

test("both decoders' characters for the 101 codes they disagree on encode back to the code", () => {
  expect(GBK_ALIASES.length).toBe(101 * 3);
  for (let i = 0; i < GBK_ALIASES.length; i += 3) {
    const [code, older, current] = GBK_ALIASES.slice(i, i + 3);
    // U+3000 and € already have codes of their own (A1A1, 0x80): the first code wins.
    for (const unit of [older, current]) if (unit !== 0x3000 && unit !== 0x20ac) expect(gbkCodeOf(unit), unit.toString(16)).toBe(code);
  }
  expect(gbkCodeOf(0x20ac)).toBe(0x80);
  // UTF-8 read by an older decoder: 涓€ and the private-use U+E76C both come back.
  expect(gbkCodeOf(0xe76c)).toBe(0xa2e3);
});
