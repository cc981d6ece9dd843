import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser, QUIET_FLAGS } from './browser';

/** The test build (`wxt build --mode test`): the store build plus the `qingwen` test hooks of the background. */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-test');
export const ARTIFACTS_DIR = resolve(import.meta.dirname, '../../artifacts');

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  downloadsDir: string;
  /** Opens the popup as a tab, acting on the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Chromium UI language, e.g. 'zh-CN' (sets navigator.language). */
  locale?: string;
  /** Another unpacked build to load (default: the test build, EXTENSION_DIR). */
  extensionDir?: string;
}

/** Launches Chromium with the built extension loaded, offline except for 127.0.0.1. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'qingwen-profile-'));
  const downloadsDir = join(userDataDir, 'downloads');
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  await mkdir(join(userDataDir, 'Default'), { recursive: true });
  await mkdir(downloadsDir);
  await writeFile(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ download: { default_directory: downloadsDir, prompt_for_download: false } }),
  );
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findBrowser(),
    headless: options.headless ?? true,
    locale: options.locale,
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...QUIET_FLAGS],
  });
  await context.route('**/*', offlineRoute);
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const browserSession = await context.browser()?.newBrowserCDPSession();
  await browserSession?.send('Browser.setDownloadBehavior', { behavior: 'default' } as never).catch(() => {});

  // Without the "tabs" permission tab URLs are hidden, so identify the tab by focus.
  async function tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await worker.evaluate(async () => {
      const [tab] = await (globalThis as any).chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error(`no tab found for ${page.url()}`);
    return id;
  }

  return {
    context,
    worker,
    extensionId,
    downloadsDir,
    tabIdOf,
    async openPopup(page) {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 560 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Only the loopback server answers (as 127.0.0.1, or as localhost: another site to the browser). Real pages that upgrade themselves to https (location.protocol
 * checks) get the same bytes over "https" from the loopback server, as on their own site.
 */
export function offlineRoute(route: Route) {
  const url = route.request().url();
  if (/^https:\/\/127\.0\.0\.1[:/]/.test(url)) {
    return route.fetch({ url: url.replace(/^https:/, 'http:') }).then((response) => route.fulfill({ response }), () => route.abort());
  }
  const local = /^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || /^(chrome-extension|data|blob):/.test(url);
  return local ? route.continue() : route.abort();
}

/** The extension's service worker; it may start before or after we begin to listen, so look again. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const running = context.serviceWorkers()[0];
    if (running) return running;
    const started = await context.waitForEvent('serviceworker', { timeout: 5_000 }).catch(() => undefined);
    if (started) return started;
  }
  throw new Error(`The extension's service worker did not start. Is ${EXTENSION_DIR} a complete build?`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
