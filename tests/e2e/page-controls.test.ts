import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { getState, sendToTab, snapshot, waitForContentScript, waitForState } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });

/** What a click on one of Qingwen's context-menu items runs in the background. */
async function clickMenu(page: Page, menuItemId: string) {
  const tabId = await world.ext.tabIdOf(page);
  return world.ext.worker.evaluate(
    ([id, tabId]) => (globalThis as any).qingwen.runMenuItem(id, tabId, 0),
    [menuItemId, tabId] as const,
  );
}

test('the context menu items exist for selection, editable fields and the page', async () => {
  // Chromium lists no menus to extensions; the ids answer when updated, and fail when unknown.
  // The background creates them in runtime.onInstalled, which may still be running: poll.
  const answers = () =>
    world.ext.worker.evaluate(async () => {
      const menus = (globalThis as any).chrome.contextMenus;
      const check = (id: string) => menus.update(id, {}).then(() => 'ok', (e: Error) => e.message);
      return Promise.all(['qingwen-convert-selection', 'qingwen-convert-field', 'qingwen-convert-page', 'nope'].map(check));
    });
  await expect.poll(async () => (await answers()).slice(0, 3)).toEqual(['ok', 'ok', 'ok']);
  expect((await answers())[3]).not.toBe('ok');
});

test('convert the selection: only the selected text changes, and off puts it back', async () => {
  const page = await world.openTab('/page/english.html');
  const before = await snapshot(page);
  await page.evaluate(() => {
    const text = document.getElementById('quote')!.firstChild!;
    const range = document.createRange();
    const at = text.nodeValue!.indexOf('這個國家');
    range.setStart(text, at);
    range.setEnd(text, at + 4);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  expect(await clickMenu(page, 'qingwen-convert-selection')).toEqual({ converted: 1 });
  expect(await page.textContent('#quote')).toBe('A visitor wrote in the guest book: 这个国家很美.');
  expect(await page.textContent('h1')).toBe('Riverside greenway opens to the public');
  await sendToTab(world, page, 'popupToContentSetActive', { active: false }, null);
  expect(await snapshot(page)).toBe(before);
});

test('convert the text in the focused input box; the page hears an input event', async () => {
  const page = await world.openTab('/page/english.html');
  await page.evaluate(() => {
    (window as any).heard = 0;
    document.getElementById('field')!.addEventListener('input', () => (window as any).heard++);
  });
  await page.focus('#field');
  expect(await clickMenu(page, 'qingwen-convert-field')).toEqual({ converted: 1 });
  expect(await page.inputValue('#field')).toBe('请输入');
  expect(await page.evaluate(() => (window as any).heard)).toBe(1);
});

test('convert the page: runs on a page the cheap check skipped', async () => {
  const page = await world.openTab('/page/english.html');
  expect(await waitForContentScript(world, page)).toMatchObject({ active: false, idleReason: 'not-chinese' });
  expect(await page.getAttribute('html', 'data-qingwen')).toBeNull();
  await clickMenu(page, 'qingwen-convert-page');
  await waitForState(page, 'active');
  expect(await page.textContent('#quote')).toBe('A visitor wrote in the guest book: 这个国家很美.');
  expect(await getState(world, page)).toMatchObject({ active: true, convertedTo: 'simplified' });
});
