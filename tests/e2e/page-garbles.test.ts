import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenshot } from '@/tests/harness/extension';
import { badgeText, getState, sendToTab, snapshot, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });

test('each kind of mojibake is repaired in place; lost bytes are reported, not guessed', async () => {
  const page = await world.openTab('/page/garbles.html');
  const original = await snapshot(page);
  await waitForState(page, 'active');
  const rows = await page.evaluate(() =>
    [...document.querySelectorAll('p[data-expected]')].map((p) => [p.id, p.textContent, p.getAttribute('data-expected')]),
  );
  for (const [id, shown, expected] of rows) expect(shown, id!).toBe(expected);
  const state = await getState(world, page);
  const kinds = state.report!.repaired.map((r) => r.kind).sort();
  expect(kinds).toEqual(expect.arrayContaining(['double-utf8', 'gbk-as-latin1', 'utf8-as-gbk', 'utf8-as-latin1']));
  const lost = state.report!.unrecoverable.map((s) => s.kind);
  expect(lost).toEqual(expect.arrayContaining(['kunjinkao', 'replacement-chars']));
  await expect.poll(() => badgeText(world, page)).toMatch(/^\d+$/);
  await screenshot(page, 'page-garbles-repaired');
  await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
  expect(await snapshot(page)).toBe(original);
});

test('the demo mirror page: pinyin injection removed, then converted for a Simplified reader', async () => {
  const page = await world.openTab('/demo/');
  await waitForState(page, 'active');
  const text = await page.evaluate(() => document.querySelector('article')!.textContent!);
  expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  const source = readFileSync(resolve(import.meta.dirname, '../fixtures/source/article-zh-hans.txt'), 'utf8');
  const firstParagraph = source.trim().split('\n')[2];
  expect(text).toContain(firstParagraph);
  const state = await getState(world, page);
  expect(state.report!.repaired).toContainEqual({ kind: 'pinyin-injection', count: expect.any(Number) });
  expect(state.convertedTo).toBe('simplified');
  await screenshot(page, 'page-demo-repaired');
});
