// Saving without the popup: the keyboard shortcut's command and the context-menu item save the
// tab's article through the background and confirm in the tab's badge; a page already in the
// library has its copy updated (one record, highlights kept), and the badge says so.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from '@/tests/harness/extension';
import { waitForContentScript, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';
import { readStoredLibrary } from './library-helpers';

const world = useWorld({ locale: 'en-US' });

/** Runs a background handler exactly as a key press or menu click would. */
async function inWorker(call: 'runCommand' | 'runMenuItem', first: string, tabId: number) {
  return world.ext.worker.evaluate(([call, first, tabId]) => (globalThis as any).qingwen[call](first, tabId), [call, first, tabId] as const);
}

async function badge(tabId: number) {
  return world.ext.worker.evaluate(async (tabId) => {
    const action = (globalThis as any).chrome.action;
    return { text: await action.getBadgeText({ tabId }), title: await action.getTitle({ tabId }) };
  }, tabId);
}

async function readyTab(path: string): Promise<[Page, number]> {
  const page = await world.openTab(path);
  const tabId = await world.ext.tabIdOf(page);
  // The content script answers once the page is idle, and reports what it did to the badge a moment
  // later: wait for both, as a reader's key press would come later (else that report could land
  // after the save's confirmation and replace it).
  await waitForContentScript(world, page);
  await waitForState(page, 'active');
  await expect.poll(async () => (await badge(tabId)).text).not.toBe('');
  return [page, tabId];
}

test('Alt+Shift+S saves and confirms in the badge; again, it updates the same copy', async () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  expect(manifest.commands['save-article'].suggested_key.default).toBe('Alt+Shift+S');
  const [, tabId] = await readyTab('/articles/greenway.html');
  const first = await inWorker('runCommand', 'save-article', tabId);
  expect(first.kind).toBe('saved');
  const [stored] = await readStoredLibrary(world.ext.worker);
  expect(stored.meta.title).toBe(first.title);
  expect(stored.body.text).toContain('绿道');
  // Saved without the popup, the page's own (Traditional) text is kept beside the copy as well.
  expect((stored.body as { original?: { texts: (string | null)[] } }).original?.texts.join('')).toContain('綠道');
  expect(await badge(tabId)).toEqual({ text: '✓', title: `Qingwen\nSaved to the library: ${first.title}` });

  // The reader highlighted something meanwhile; saving again keeps it and the record's id.
  await world.ext.worker.evaluate(async (id) => {
    const db: IDBDatabase = await new Promise((ok) => { const r = indexedDB.open('qingwen-library'); r.onsuccess = () => ok(r.result); });
    const store = db.transaction('articles', 'readwrite').objectStore('articles');
    const meta = await new Promise<any>((ok) => { const r = store.get(id); r.onsuccess = () => ok(r.result); });
    await new Promise((ok) => { const r = store.put({ ...meta, tags: ['kept'] }); r.onsuccess = ok; });
    db.close();
  }, first.id);
  const second = await inWorker('runCommand', 'save-article', tabId);
  expect(second).toMatchObject({ kind: 'updated', id: first.id });
  const after = await readStoredLibrary(world.ext.worker);
  expect(after).toHaveLength(1);
  expect(after[0].meta.tags).toEqual(['kept']);
  expect((after[0].body as { original?: unknown }).original).toBeDefined(); // the updated copy's own text
  expect((await badge(tabId)).text).toBe('↻');
  expect((await badge(tabId)).title).toContain('its copy was updated');
});

test('the context-menu item "Save article to Qingwen" saves the page it was opened on', async () => {
  const [, tabId] = await readyTab('/demo/');
  const outcome = await inWorker('runMenuItem', 'qingwen-save-article', tabId);
  expect(outcome.kind).toBe('saved');
  const titles = (await readStoredLibrary(world.ext.worker)).map((r) => r.meta.title);
  expect(titles).toContain(outcome.title);
  expect((await badge(tabId)).text).toBe('✓');
});

test('a tab without a content script fails with a reason in the badge, and nothing is stored', async () => {
  const before = (await readStoredLibrary(world.ext.worker)).length;
  const page = await world.openTab('data:text/html,<p>no content script here</p>');
  const tabId = await world.ext.tabIdOf(page);
  const outcome = await inWorker('runCommand', 'save-article', tabId);
  expect(outcome).toMatchObject({ kind: 'failed', reason: 'unreachable' });
  expect(await badge(tabId)).toMatchObject({ text: '✗', title: 'Qingwen\nNot saved (unreachable)' });
  expect(await readStoredLibrary(world.ext.worker)).toHaveLength(before);
});
