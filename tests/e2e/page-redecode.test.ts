import { beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenshot } from '@/tests/harness/extension';
import { badgeText, getState, patchSettings, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const expected: Record<string, { title: string; paragraphs: string[] }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/charset/expected.json'), 'utf8'),
);

const world = useWorld({ locale: 'zh-CN' });
beforeAll(async () => {
  // Only re-decoding is under test here: keep the script as the page has it.
  const warmup = await world.openTab('/page/english.html');
  await patchSettings(world, { conversion: 'off' });
  await warmup.close();
});

const MISLABELLED = [
  ['gbk-labelled-utf8', 'gb18030'],
  ['gbk-header-utf8-meta-gbk', 'gb18030'],
  ['gbk-labelled-latin1', 'gb18030'],
  ['big5-labelled-utf8', 'big5'],
  ['big5-meta-utf8', 'big5'],
  ['utf8-labelled-gbk', 'utf-8'],
] as const;

test.each(MISLABELLED)('%s: the bytes are fetched again and decoded as %s, in place, and the page still works', async (name, charset) => {
  const page = await world.openTab(`/charset/${name}.html`);
  const shownBefore = await page.evaluate(() => document.getElementById('p1')!.textContent!);
  expect(shownBefore).not.toBe(expected[name].paragraphs[0]); // the browser really got it wrong
  const button = await page.evaluateHandle(() => document.getElementById('button'));
  await waitForState(page, 'active');
  const texts = await page.evaluate(() => [...document.querySelectorAll('p[id]')].map((p) => p.textContent));
  expect(texts).toEqual(expected[name].paragraphs);
  expect(await page.title()).toBe(expected[name].title);
  expect(await page.getAttribute('#headline', 'title')).toBe(expected[name].title);
  // Same elements as before (nothing was re-created), and their listeners still run.
  expect(await page.evaluate((b) => b === document.getElementById('button'), button)).toBe(true);
  await page.click('#button');
  expect(await page.getAttribute('#button', 'data-clicked')).toBe('yes');
  const state = await getState(world, page);
  expect(state.redecoded).toEqual({ from: expect.any(String), to: charset });
  await expect.poll(() => badgeText(world, page)).toBe({ big5: 'Big5', gb18030: 'GBK', 'utf-8': 'UTF8' }[charset]);
  if (name === 'gbk-labelled-utf8') await screenshot(page, 'page-redecoded-gbk');
});

test.each(['gbk-unlabelled', 'big5-unlabelled'])('%s: with no label at all the reader still ends up with the right text', async (name) => {
  const page = await world.openTab(`/charset/${name}.html`);
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('p[id]')].map((p) => p.textContent)))
    .toEqual(expected[name].paragraphs);
});
