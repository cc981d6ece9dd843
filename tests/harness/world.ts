// The one e2e harness: a file asks for a "world" (Chromium with the built extension, a folder
// served on 127.0.0.1) and gets tabs and popups from it. Every e2e file starts here, so launch,
// serve and close live in one place, and a file only says which language and which folder (or a
// request handler, for pages made in the test).
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { RequestListener } from 'node:http';
import type { Page } from 'playwright-core';
import { CORPUS_DIR } from './corpus';
import { launchExtension, type ExtensionSession, type LaunchOptions } from './extension';
import { serveFolder, serveHandler, type FixtureServer } from './server';

/** The project's own test pages (tests/fixtures). */
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
/** The shared corpus of real news pages, read in place (never copied into the project). */
export const CORPUS_PAGES_DIR = resolve(CORPUS_DIR, 'pages');

export interface WorldOptions extends LaunchOptions {
  /** The folder served on 127.0.0.1 (default: tests/fixtures), or a handler answering every request. */
  serve?: string | RequestListener;
}

export interface World {
  ext: ExtensionSession;
  server: FixtureServer;
  /** A new tab showing `path` of the served folder (or an absolute URL). */
  openTab(path: string, options?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<Page>;
  /** The popup, opened as a tab, acting on the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  close(): Promise<void>;
}

/** Launches the browser and serves the folder; the caller closes the world. */
export async function openWorld(options: WorldOptions = {}): Promise<World> {
  const { serve = FIXTURES_DIR, ...launch } = options;
  const server = await (typeof serve === 'string' ? serveFolder(serve) : serveHandler(serve));
  let ext: ExtensionSession;
  try {
    ext = await launchExtension(launch);
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    ext,
    server,
    async openTab(path, { waitUntil = 'load' } = {}) {
      const page = await ext.context.newPage();
      await page.goto(/^[a-z-]+:/.test(path) ? path : server.url(path), { waitUntil });
      return page;
    },
    openPopup: (page) => ext.openPopup(page),
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/**
 * One world for the whole test file: opened before its first test, closed after its last.
 * The returned object stands for it (use it inside tests and hooks, not at the top level).
 */
export function useWorld(options: WorldOptions = {}): World {
  let world: World | undefined;
  beforeAll(async () => {
    world = await openWorld(options);
  });
  afterAll(async () => {
    await world?.close();
    world = undefined;
  });
  const current = (): World => {
    if (!world) throw new Error('The world is opened in beforeAll: use it inside a test or a hook.');
    return world;
  };
  return {
    get ext() {
      return current().ext;
    },
    get server() {
      return current().server;
    },
    openTab: (path, openOptions) => current().openTab(path, openOptions),
    openPopup: (page) => current().openPopup(page),
    close: () => current().close(),
  };
}
