import { expect, test } from 'vitest';
import { gbkCodeOf, gbkUnitOf } from '@/lib/detect/gbk-table';
import { GBK_ALIASES } from '@/lib/detect/gbk-aliases.generated';
import { legacyEncoder } from '@/lib/encoding/legacy-encoder';

test('the bulk-built GBK table agrees with the shared legacy encoder wherever that one knows a character', () => {
  const encoder = legacyEncoder('gbk');
  let checked = 0;
  for (let unit = 0; unit < 0x10000; unit++) {
    const code = encoder.codeOf(unit);
    if (code < 0) continue;
    expect(gbkCodeOf(unit)).toBe(code);
    if (code > 0xff) {
      expect(gbkUnitOf(code)).toBe(unit);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(21_000);
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
