// Every whole real page of the shared corpus (read in place), for a Simplified and for a Taiwan
// reader: converted (no text left that OpenCC would still change toward the reader's script),
// not broken (the same elements and page errors as without Qingwen), and given back exactly
// when toggled off. A page already in the reader's script keeps its text as written, but for
// the other script's own characters in it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findBrowser, QUIET_FLAGS } from '../harness/browser';
import { corpusPages, serveCorpusPages, type CorpusServer } from '../harness/corpus-pages';
import { launchExtension, offlineRoute, screenshot, type ExtensionSession } from '../harness/extension';
import { leftToConvert } from '../harness/script-only';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { getState, sendToTab, shownTexts, snapshot, waitForState, type HasExtension } from '../harness/tab';

const PAGES = corpusPages();
const READERS = [
  { locale: 'zh-CN', toward: 'simplified' },
  { locale: 'zh-TW', toward: 'traditional' },
] as const;

interface Reference {
  elements: number;
  errors: string[];
  texts: string[];
}

let server: CorpusServer;
let plain: Browser;
const worlds = new Map<string, HasExtension>();
const sessions: ExtensionSession[] = [];
const references = new Map<string, Promise<Reference>>();

beforeAll(async () => {
  server = await serveCorpusPages();
  plain = await chromium.launch({ executablePath: findBrowser(), headless: true, args: QUIET_FLAGS });
  for (const { locale } of READERS) {
    const ext = await launchExtension({ locale });
    sessions.push(ext);
    worlds.set(locale, { ext });
  }
});
afterAll(async () => {
  for (const ext of sessions) await ext.close();
  await plain?.close();
  await server?.close();
});

test('the corpus holds the 25 real pages this file is about', () => {
  expect(PAGES.map((p) => p.slug)).toHaveLength(25);
});


/**
 * The page's Math.random, seeded alike in every load: real pages take random paths (qq's ad code
 * runs its cookie mapping, and fails offline, on 30% of loads), and each load with Qingwen must
 * take the path its reference took. Qingwen's content script has a Math of its own.
 */
function seededRandom() {
  let seed = 20_261_130;
  Math.random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
}

function elementCount(page: Page) {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

/**
 * Waits until the page is quiet: parsed, and its element count steady for a moment. Not the load
 * event: offline, some real pages never fire it (a script request that hangs).
 */
async function settle(page: Page) {
  await page.waitForLoadState('domcontentloaded');
  let last = -1;
  await expect
    .poll(async () => {
      const now = await elementCount(page);
      const steady = now === last;
      last = now;
      return steady;
    }, { interval: 250 })
    .toBe(true);
}

/** One load of the page as Chromium shows it without Qingwen; `errors` fills as its timers fail. */
async function loadPlain(slug: string, errors: string[]): Promise<Page> {
  const context = await plain.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(seededRandom);
  await page.route('**/*', offlineRoute);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url(slug), { waitUntil: 'domcontentloaded' });
  await settle(page);
  return page;
}

/** The page as Chromium shows it without Qingwen (it stays open: its timers go on failing offline). */
function reference(slug: string): Promise<Reference> {
  let ref = references.get(slug);
  if (!ref) {
    ref = (async () => {
      const errors: string[] = [];
      const page = await loadPlain(slug, errors);
      return { elements: await elementCount(page), errors, texts: await shownTexts(page) };
    })();
    references.set(slug, ref);
  }
  return ref;
}

/**
 * Errors the page showed with Qingwen that it does not show without. Real pages fail offline
 * in ways that race (a blocked ad script, then code that needs it): an error missing from the
 * reference is looked for in two more loads without Qingwen before it counts.
 */
async function extraErrors(slug: string, seen: string[], expected: Reference): Promise<string[]> {
  for (let sample = 0; sample < 2 && seen.some((m) => !expected.errors.includes(m)); sample++) {
    const page = await loadPlain(slug, expected.errors);
    await expect.poll(() => seen.every((m) => expected.errors.includes(m)), { timeout: 3000 }).toBe(true).catch(() => {});
    await page.context().close();
  }
  return seen.filter((message) => !expected.errors.includes(message));
}

/** The characters OpenCC's character table changes (a key whose candidates exclude itself). */
function changedBy(table: string): Set<string> {
  const entries = table.split('|').map((entry) => entry.split(' '));
  return new Set(entries.filter(([key, ...values]) => !values.includes(key)).map(([key]) => key));
}

/**
 * On a page already in the reader's script, the texts Qingwen rewrote beyond what it had to: a
 * changed text must be a stray (more characters OpenCC would change toward the reader's script
 * than away from it) or differ only at such characters. Anything else changed text that was
 * right: a repair of clean text, or a round trip through the other script (皇帝後宮 -> 皇帝后宮,
 * 係 -> 系).
 */
function rewrittenBeyondStrays(before: string[], after: string[], toward: 'simplified' | 'traditional'): string[][] {
  const toTraditional = changedBy(STCharacters);
  const toSimplified = changedBy(TSCharacters);
  const [other, own] = toward === 'simplified' ? [toSimplified, toTraditional] : [toTraditional, toSimplified];
  const count = (chars: string[], set: Set<string>) => chars.filter((char) => set.has(char)).length;
  return before.flatMap((text, i) => {
    const now = after[i] ?? '';
    const was = [...text];
    const is = [...now];
    if (now === text || count(was, other) > count(was, own)) return [];
    if (was.length === is.length && was.every((char, k) => char === is[k] || other.has(char))) return [];
    return [[text.trim().slice(0, 40), now.trim().slice(0, 40)]];
  });
}

describe.each(READERS)('for a $locale reader', ({ locale, toward }) => {
  test.each(PAGES.map((p) => [p.slug, p] as const))('%s: converted, not broken, given back when toggled', async (slug, { script }) => {
    const world = worlds.get(locale)!;
    const expected = await reference(slug);
    const page = await world.ext.context.newPage();
    await page.addInitScript(seededRandom);
    const errors: string[] = [];
    const ours: string[] = [];
    page.on('pageerror', (error) => {
      errors.push(error.message);
      if (/qingwen|engine\.js|chrome-extension/i.test(error.stack ?? error.message)) ours.push(error.message);
    });
    await page.goto(server.url(slug), { waitUntil: 'domcontentloaded' });
    await waitForState(page, 'active');
    await settle(page);
    await screenshot(page, `real-${slug}-${locale}`);

    const left = (await shownTexts(page))
      .map((text) => [text.trim().slice(0, 40), leftToConvert(text, toward).join('')])
      .filter(([, chars]) => chars);
    expect(left.slice(0, 8), `${left.length} texts still convertible`).toEqual([]);
    if (script === toward) {
      const shown = await shownTexts(page);
      expect(shown).toHaveLength(expected.texts.length);
      expect(rewrittenBeyondStrays(expected.texts, shown, toward)).toEqual([]);
    }
    expect(await elementCount(page)).toBe(expected.elements);
    expect(ours).toEqual([]);
    // The page's own scripts fail offline (their CDNs are blocked) as they do without Qingwen.
    expect(await extraErrors(slug, errors, expected)).toEqual([]);
    const state = await getState(world, page);
    expect(state.error).toBeUndefined();

    await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
    await waitForState(page, 'off');
    expect(await shownTexts(page)).toEqual(expected.texts);
    const original = await snapshot(page);
    await sendToTab(world, page, 'popupToContentSetActive', { active: true }, null);
    await waitForState(page, 'active');
    await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
    expect(await snapshot(page)).toBe(original);
    await page.close();
  });
});
