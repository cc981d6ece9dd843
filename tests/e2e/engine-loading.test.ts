// How a Chinese page gets the engine. Its static chunks are asked for beside engine/engine.js
// (the build names them in the content script), not one round trip later. Detection's two
// character tables and the characters of every GBK and Big5 code ship built
// (engine/dict/char-tables.bin, from lib/garbles/prebuilt-tables.ts): a page fetches them instead
// of spending 50-80 ms of its first pass building them, and they must be the very tables
// Chromium's decoders give.
import { expect, test } from 'vitest';
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR } from '@/tests/harness/extension';
import { engineStaticChunks } from '@/scripts/build-engine';
import { CHAR_TABLES_BYTES } from '@/lib/garbles/prebuilt-tables';
import { useWorld } from '@/tests/harness/world';
import { waitForState } from '@/tests/harness/tab';

const root = resolve(import.meta.dirname, '../..');
const world = useWorld({ locale: 'zh-CN' });

test('the shipped tables are the ones Chromium builds from its own decoders, byte for byte', async () => {
  const shipped = readFileSync(resolve(EXTENSION_DIR, 'engine/dict/char-tables.bin'));
  const builder = await build({
    stdin: { contents: "import { charTablesBytes } from '@/lib/garbles/prebuilt-tables'; (globalThis as any).builtTables = () => Array.from(charTablesBytes());", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    alias: { '@': root },
    logLevel: 'error',
  });
  const page = await world.ext.context.newPage();
  await page.setContent('<meta charset="utf-8">');
  await page.addScriptTag({ content: builder.outputFiles[0].text, type: 'module' });
  await page.waitForFunction(() => typeof (globalThis as { builtTables?: unknown }).builtTables === 'function');
  const inChromium = await page.evaluate(() => (globalThis as unknown as { builtTables(): number[] }).builtTables());
  await page.close();
  expect(shipped.length).toBe(CHAR_TABLES_BYTES);
  const differing = inChromium.flatMap((byte, i) => (byte === shipped[i] ? [] : [i < 0x20000 ? `U+${(i % 0x10000).toString(16)}` : `code byte ${i - 0x20000}`]));
  expect(differing).toEqual([]);
});

test('a Chinese page asks for engine.js and its static chunks together, fetches the built tables once, and is converted', async () => {
  const chunks = engineStaticChunks(builtEngineFiles());
  expect(chunks.length).toBeGreaterThan(0);
  const page = await world.ext.context.newPage();
  const requested: string[] = [];
  const events: string[] = [];
  const engineFile = (url: string) => (url.includes('/engine/') ? url.replace(/^.*\/engine\//, '') : null);
  page.on('request', (request) => {
    const path = engineFile(request.url());
    if (path) requested.push(path), events.push('asked ' + path);
  });
  page.on('requestfinished', (request) => {
    const path = engineFile(request.url());
    if (path) events.push('arrived ' + path);
  });
  await page.goto(world.server.url('/page/traditional.html'));
  await waitForState(page, 'active');
  await expect.poll(() => page.title()).toBe('城市绿道连起百里滨江');
  expect(requested.filter((path) => path === 'dict/char-tables.bin')).toHaveLength(1);
  // engine.js and its chunks are the first requests, in one go: every chunk is asked for before
  // engine.js has arrived (found inside it, they would be asked for only after).
  expect(requested.slice(0, chunks.length + 1).sort()).toEqual([...chunks, 'engine.js'].sort());
  const arrived = events.indexOf('arrived engine.js');
  expect(arrived).toBeGreaterThan(0);
  expect(chunks.filter((chunk) => events.indexOf('asked ' + chunk) > arrived)).toEqual([]);
  await page.close();
});

/** The built engine's code files, as buildEngineFiles describes them. */
function builtEngineFiles() {
  const dir = resolve(EXTENSION_DIR, 'engine');
  const files = [{ relativeDest: 'engine/engine.js', contents: readFileSync(resolve(dir, 'engine.js'), 'utf8') }];
  for (const name of readdirSync(resolve(dir, 'chunks'))) files.push({ relativeDest: `engine/chunks/${name}`, contents: readFileSync(resolve(dir, 'chunks', name), 'utf8') });
  return files;
}
