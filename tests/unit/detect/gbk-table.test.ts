import { expect, test } from 'vitest';
import { gbkCodeOf, gbkUnitOf } from '@/lib/detect/gbk-table';
import { legacyEncoder } from '@/lib/encoding/legacy-encoder';

test('the bulk-built GBK table agrees with the shared legacy encoder', () => {
  const encoder = legacyEncoder('gbk');
  let checked = 0;
  for (let unit = 0; unit < 0x10000; unit++) {
    expect(gbkCodeOf(unit)).toBe(encoder.codeOf(unit));
    const code = encoder.codeOf(unit);
    if (code > 0xff) {
      expect(gbkUnitOf(code)).toBe(unit);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(21_000);
});
