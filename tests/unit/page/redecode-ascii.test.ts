// The re-decoder's check that a run of the wrong decoding and the run of the right decoding it
// is paired with hold the same ASCII. UTF-8 bytes read as GBK lose some ASCII to lead bytes: a
// byte 0x40-0x7E after a lead is taken as its trail (年| -> one GBK character, the | gone). On
// people.com.cn (UTF-8 bytes declaring gb2312), an image's alt text lost its | separators that way,
// the check refused the right text, and the engine's run-by-run reversal left U+FFFD behind.
// The texts here are our own.
import { expect, test } from 'vitest';
import { asciiAgrees } from '@/lib/page/redecode';

const RIGHT = '招生计划于2025年|报名人数共计1200|详见官网,欢迎咨询';
const readAsGbk = (text: string) => new TextDecoder('gbk').decode(new TextEncoder().encode(text));

test('UTF-8 read as GBK: ASCII swallowed by lead bytes does not make the right text disagree', () => {
  const wrong = readAsGbk(RIGHT);
  expect(wrong.split('|').length).toBe(2); // the mechanism: the first | was taken as a trail byte, the second stayed
  expect(asciiAgrees(wrong, RIGHT)).toBe(true);
});

test('GBK read as UTF-8: trail bytes that show as extra ASCII do not either', () => {
  const gbkBytes = new Uint8Array([0xb1, 0xa8, 0xc3, 0xfb, 0x32, 0x30, 0x32, 0x35, 0xc4, 0xea, 0x7c, 0xd6, 0x40]); // 报名2025年|諤@ (the last a lead + '@' trail)
  const right = new TextDecoder('gbk').decode(gbkBytes);
  const wrong = new TextDecoder('utf-8').decode(gbkBytes);
  expect(asciiAgrees(wrong, right)).toBe(true);
});

test('runs that are not the same text still disagree', () => {
  expect(asciiAgrees(readAsGbk('菜单: 首页 | 关于我们 | 联系'), '第二段 2024 年 12 月 (完)')).toBe(false);
  expect(asciiAgrees(readAsGbk(RIGHT), '第3版 2019-06-30 (星期日) 09:30')).toBe(false);
});
