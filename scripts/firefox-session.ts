// The launch and teardown shared by the Firefox scripts (firefox-smoke.ts, firefox-library.ts):
// the Firefox build (npm run build:firefox) side-loaded into a fresh firefox-esr profile, without
// web-ext (ESR honours xpinstall.signatures.required, so the unsigned build loads from the
// profile's extensions folder), a local server for the pages, and every start with its stop.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { zipSync } from 'fflate';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'qingwen@example.org';
const BUILD = resolve(import.meta.dirname, '../.output/firefox-mv2');

/** A `user.js` preference: a value written as JavaScript (strings in their own quotes). */
export type Pref = [name: string, value: boolean | number | string];

/** A headless first run with nothing in the way: unsigned side-loaded add-ons, a Chinese reader. */
const BASE_PREFS: Pref[] = [
  ['xpinstall.signatures.required', false], ['extensions.autoDisableScopes', 0], ['extensions.enabledScopes', 15],
  ['intl.accept_languages', '"zh-CN"'], ['browser.shell.checkDefaultBrowser', false], ['datareporting.policy.dataSubmissionEnabled', false],
  ['browser.startup.homepage_override.mstone', '"ignore"'], ['toolkit.telemetry.reportingpolicy.firstRun', false],
];

export interface FirefoxSession {
  /** Kills Firefox, waits for it to exit, and removes its profile. */
  stop(): Promise<void>;
}

async function filesUnder(dir: string): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = new Uint8Array(await readFile(path));
  }
  return out;
}

/** Headless Firefox on a fresh profile holding the build, with `prefs` beside the base ones. */
export async function startFirefox({ args, prefs = [] }: { args: string[]; prefs?: Pref[] }): Promise<FirefoxSession> {
  const profile = await mkdtemp(join(tmpdir(), 'qingwen-firefox-'));
  try {
    await mkdir(join(profile, 'extensions'));
    await writeFile(join(profile, 'extensions', `${ADDON_ID}.xpi`), zipSync(await filesUnder(BUILD)));
    await writeFile(join(profile, 'user.js'), [...BASE_PREFS, ...prefs].map(([k, v]) => `user_pref("${k}", ${v});`).join('\n'));
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const firefox = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, ...args], { stdio: 'ignore' });
  const exited = new Promise<void>((done) => firefox.once('exit', () => done()));
  return {
    async stop() {
      firefox.kill();
      // The profile is removed once Firefox no longer writes into it (or after 10 s, whichever first).
      await Promise.race([exited, sleep(10_000)]);
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** An HTTP server on 127.0.0.1 (a free port), and its stop. */
export async function serveLocally(handler: RequestListener): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections(); // Firefox is gone or going: nothing more will come on them
      }),
  };
}

/**
 * Runs one Firefox script: skipped (not failed) where there is no Firefox, refused without the
 * build, and a failure is one clear line and exit code 1, not a stack trace.
 */
export function runFirefoxScript(script: () => Promise<void>): void {
  const run = async () => {
    if (!existsSync(FIREFOX)) return console.log(`skipped: no Firefox at ${FIREFOX} (apt-get install firefox-esr)`);
    if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('run npm run build:firefox first');
    await script();
  };
  run().catch((error) => {
    console.error(error?.message ?? error);
    process.exit(1);
  });
}
