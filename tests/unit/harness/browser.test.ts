import { expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { BrowserNotFoundError, findBrowser } from '@/tests/harness/browser';

test('CHROME_PATH wins when it points at a file', () => {
  expect(findBrowser({ CHROME_PATH: process.execPath })).toBe(process.execPath);
});

test('a CHROME_PATH that points nowhere is an error that names it', () => {
  expect(() => findBrowser({ CHROME_PATH: '/nonexistent/chrome' })).toThrow(/CHROME_PATH is set to \/nonexistent\/chrome/);
});

test("without CHROME_PATH, Debian's real Chromium binary comes before the wrapper script", () => {
  if (!existsSync('/usr/lib/chromium/chromium')) return expect(() => findBrowser({})).toThrow(BrowserNotFoundError);
  expect(findBrowser({})).toBe('/usr/lib/chromium/chromium');
});

test('with no browser anywhere it stops and names the package to install', () => {
  expect(() => findBrowser({}, ['/nonexistent/chromium'])).toThrow(BrowserNotFoundError);
  expect(() => findBrowser({}, ['/nonexistent/chromium'])).toThrow(/apt-get install -y chromium fonts-noto-cjk/);
});
