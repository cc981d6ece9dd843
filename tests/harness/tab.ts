// Talking to a tab as the popup and the background do, and reading what it shows: shared by
// every e2e file (open the tab with tests/harness/world.ts).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { MessageType, PageState, RequestOf, ResponseOf } from '@/lib/messaging';
import type { ExtensionSession } from './extension';

/** Anything that holds a launched extension (a World, or an older { ext, server } pair). */
export interface HasExtension {
  ext: ExtensionSession;
}

/** The page as markup, without Qingwen's own state marker on <html>. */
export function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const html = document.documentElement.cloneNode(true) as Element;
    html.removeAttribute('data-qingwen');
    return html.outerHTML + '\n<!-- title: ' + document.title + ' -->';
  });
}

/** Waits until Qingwen's marker on <html> says `state`. */
export async function waitForState(page: Page, state: 'active' | 'off') {
  await expect.poll(() => page.getAttribute('html', 'data-qingwen')).toBe(state);
}

/**
 * Sends a message to the tab's content scripts through the background's own sender (lib/messaging,
 * a test hook): to the top frame (0, the default), one frame, or every frame (null; the top answers).
 */
export async function sendToTab<K extends MessageType>(
  world: HasExtension,
  page: Page,
  type: K,
  payload: RequestOf<K>,
  frameId: number | null = 0,
): Promise<ResponseOf<K>> {
  const tabId = await world.ext.tabIdOf(page);
  const frames = frameId === null ? 'all' : frameId === 0 ? 'top' : { frameId };
  return world.ext.worker.evaluate(
    ([tabId, type, payload, frames]) => (globalThis as any).qingwen.sendToTab(tabId, type, payload, frames),
    [tabId, type, payload, frames] as const,
  );
}

export function getState(world: HasExtension, page: Page): Promise<PageState> {
  return sendToTab(world, page, 'popupToContentGetState', {});
}

/**
 * Waits until the page's content script has run and answers (it runs at document_idle, so a
 * loaded page may not have it yet), and returns its state: the signal that it has decided
 * what to do with the page, instead of a guess at how long that takes.
 */
export async function waitForContentScript(world: HasExtension, page: Page): Promise<PageState> {
  let state: PageState | undefined;
  await expect
    .poll(async () => (state = await getState(world, page).catch(() => undefined)), { message: 'the content script answers' })
    .toBeDefined();
  return state!;
}

export async function badgeText(world: HasExtension, page: Page): Promise<string> {
  const tabId = await world.ext.tabIdOf(page);
  return world.ext.worker.evaluate((tabId) => (globalThis as any).chrome.action.getBadgeText({ tabId }), tabId);
}

/** Text of the elements with these ids, in the main frame. */
export function textsOf(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '<missing>'), ids);
}

/**
 * Changes stored settings as the popup would. Waits until a content script has stored the
 * defaults first: patching before that races with their first write, which would win.
 */
export async function patchSettings(world: HasExtension, patch: Record<string, unknown>) {
  await world.ext.worker.evaluate(async (patch) => {
    const local = (globalThis as any).chrome.storage.local;
    for (let waited = 0; waited < 5000 && !(await local.get('settings')).settings; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...settings, ...patch } });
  }, patch);
}

/** The stored settings, read in the service worker. */
export function storedSettings(world: HasExtension): Promise<Record<string, any>> {
  return world.ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
}

/**
 * Every text the page shows that Qingwen may convert, read by the page's own rules here
 * (not Qingwen's code): text nodes outside code, scripts, editors, untranslatable or
 * Japanese/Korean parts; the title; reader-visible attributes; drop-down labels and button captions.
 */
export function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const skipped =
      'script,style,noscript,template,textarea,code,pre,kbd,samp,var,[contenteditable]:not([contenteditable="false"]),' +
      '[translate="no"],.notranslate,[lang|="ja"],[lang|="ko"]';
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && !node.parentElement.closest(skipped) && /[^\x00-\x7f]/.test(node.nodeValue ?? '')) texts.push(node.nodeValue!);
    }
    for (const el of document.querySelectorAll('[title],[alt],[placeholder],[aria-label],option[label],optgroup[label]')) {
      if (el.closest(skipped) && !el.matches('input,textarea')) continue;
      for (const name of ['title', 'alt', 'placeholder', 'aria-label', 'label']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    for (const el of document.querySelectorAll('input[type=button],input[type=submit],input[type=reset]')) {
      const value = el.getAttribute('value');
      if (value) texts.push(value);
    }
    return texts;
  });
}
