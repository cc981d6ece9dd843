// The demo site's page for each garble kind (tests/fixtures/demo/mojibake-pages.json, written by
// scripts/make-demo-pages.ts): repaired in the browser, with the reader's script matching the page.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getState, sendToTab, snapshot, waitForState } from '@/tests/harness/tab';
import { useWorld, type World } from '@/tests/harness/world';

interface DemoPage {
  file: string;
  kind: string;
  lang: 'zh-CN' | 'zh-TW';
  recoverable: boolean;
  expectContains: string[];
}
const pages: DemoPage[] = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/demo/mojibake-pages.json'), 'utf8'));
const worlds: Record<DemoPage['lang'], World> = {
  'zh-CN': useWorld({ locale: 'zh-CN' }),
  'zh-TW': useWorld({ locale: 'zh-TW' }),
};

test('the demo site has the eleven pages this file opens', () => {
  expect(pages).toHaveLength(11);
  expect(new Set(pages.map((p) => p.file)).size).toBe(11);
});

const check = async (demo: DemoPage) => {
  const world = worlds[demo.lang];
  const page = await world.openTab(`/demo/${demo.file}`);
  await waitForState(page, 'active');
  const text = await page.evaluate(() => document.title + '\n' + document.body.innerText);
  for (const clause of demo.expectContains) expect(text, clause).toContain(clause);
  const { report } = await getState(world, page);
  const seen = [...report!.garbles.map((g) => g.kind), ...report!.repaired.map((r) => r.kind), ...report!.unrecoverable.map((u) => u.kind)];
  if (demo.kind !== 'bad-s2t') expect(seen).toContain(demo.kind);
  if (!demo.recoverable) expect(report!.unrecoverable.map((u) => u.kind)).toContain(demo.kind);
  if (demo.kind === 'bad-s2t') expect(text).not.toMatch(/見麵|全麵|曆史/);
  // Lossless toggle on every kind.
  await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
  const original = await snapshot(page);
  await sendToTab(world, page, 'popupToContentSetActive', { active: true }, null);
  await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
  expect(await snapshot(page)).toBe(original);
};

test.each(pages.map((p) => [p.file, p] as const))('%s is repaired in place and toggles back', (_file, demo) => check(demo));
