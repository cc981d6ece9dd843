import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chooseCharset, declaredCharset, textBytes } from '@/lib/page/charset-choice';
import { asciiAgrees } from '@/lib/page/redecode';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/charset', name)));

test.each([
  ['gbk-labelled-utf8.html', 'utf-8', 'gb18030'],
  ['gbk-labelled-latin1.html', 'windows-1252', 'gb18030'],
  ['gbk-header-utf8-meta-gbk.html', 'utf-8', 'gb18030'],
  ['big5-labelled-utf8.html', 'utf-8', 'big5'],
  ['big5-meta-utf8.html', 'utf-8', 'big5'],
  ['utf8-labelled-gbk.html', 'gbk', 'utf-8'],
])('%s shown as %s is really %s', (name, shownAs, charset) => {
  expect(chooseCharset(fixture(name), shownAs)?.charset).toBe(charset);
});

test('a page already decoded right is left alone', () => {
  const bytes = new TextEncoder().encode('<html><body><p>' + '老城区的早市又热闹起来了。'.repeat(40) + '</p></body></html>');
  expect(chooseCharset(bytes, 'UTF-8')).toBeNull();
  expect(chooseCharset(fixture('big5-unlabelled.html'), 'Big5')).toBeNull();
});

test('chardet reads the text between tags, and the meta label is read too', () => {
  const bytes = new TextEncoder().encode('<head><meta charset="GBK"><script>var x="<p>";</script></head><p>文字</p>');
  expect(new TextDecoder().decode(textBytes(bytes))).toBe('文字');
  expect(declaredCharset(bytes)).toBe('gbk');
});

test('decoded text is matched to a node only when its ASCII agrees', () => {
  expect(asciiAgrees('\ufffd\ufffdA\ufffd 2024 \ufffdx', '老A城 2024 区')).toBe(true);
  expect(asciiAgrees('Menu: Home | About us | Contact page', '第二段 2024 年 12 月 (完)')).toBe(false);
});
