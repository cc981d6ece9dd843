// Shared steps of the page-* end-to-end tests: one browser with the built extension,
// the fixtures served on 127.0.0.1, and ways to talk to a tab like the popup does.
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession, type LaunchOptions } from '../harness/extension';
import { serveFolder, type FixtureServer } from '../harness/server';
import type { MessageMap, PageState } from '@/lib/messaging';

export interface PageWorld {
  ext: ExtensionSession;
  server: FixtureServer;
  close(): Promise<void>;
}

export async function openWorld(options: LaunchOptions = {}): Promise<PageWorld> {
  const server = await serveFolder(resolve(import.meta.dirname, '../fixtures'));
  const ext = await launchExtension(options);
  return { ext, server, close: async () => (await ext.close(), await server.close()) };
}

/** The page as markup, without Qingwen's own state marker on <html>. */
export function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => {
    const html = document.documentElement.cloneNode(true) as Element;
    html.removeAttribute('data-qingwen');
    return html.outerHTML + '\n<!-- title: ' + document.title + ' -->';
  });
}

export async function waitForState(page: Page, state: 'active' | 'off') {
  await expect.poll(() => page.getAttribute('html', 'data-qingwen'), { timeout: 10_000 }).toBe(state);
}

/** Sends a message to the tab's content scripts as the popup or the background does (top frame unless told). */
export async function sendToTab<K extends keyof MessageMap>(
  world: PageWorld,
  page: Page,
  type: K,
  payload: MessageMap[K]['request'],
  frameId: number | null = 0,
): Promise<MessageMap[K]['response']> {
  const tabId = await world.ext.tabIdOf(page);
  return world.ext.worker.evaluate(
    ([tabId, message, frameId]) =>
      (globalThis as any).chrome.tabs.sendMessage(tabId, message, frameId === null ? undefined : { frameId }),
    [tabId, { type, payload }, frameId] as const,
  );
}

export function getState(world: PageWorld, page: Page): Promise<PageState> {
  return sendToTab(world, page, 'popupToContentGetState', {});
}

export async function badgeText(world: PageWorld, page: Page): Promise<string> {
  const tabId = await world.ext.tabIdOf(page);
  return world.ext.worker.evaluate((tabId) => (globalThis as any).chrome.action.getBadgeText({ tabId }), tabId);
}

/** Text of the elements with these ids, in the main frame. */
export function textsOf(page: Page, ids: string[]): Promise<string[]> {
  return page.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '<missing>'), ids);
}

/** Changes the stored settings from the service worker, as the popup or options page would. */
/**
 * Changes stored settings as the popup would. Waits until a content script has stored the
 * defaults first: patching before that races with their first write, which would win.
 */
export async function patchSettings(world: PageWorld, patch: Record<string, unknown>) {
  await world.ext.worker.evaluate(async (patch) => {
    const local = (globalThis as any).chrome.storage.local;
    for (let waited = 0; waited < 5000 && !(await local.get('settings')).settings; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const { settings } = await local.get('settings');
    await local.set({ settings: { ...settings, ...patch } });
  }, patch);
}
