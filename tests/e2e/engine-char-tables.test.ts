// Detection's two character tables ship built (engine/dict/char-tables.bin, written by the build
// from lib/garbles/prebuilt-tables.ts): a Chinese page fetches them instead of spending 40-60 ms
// of its first pass building them. They must be the very tables Chromium's decoders give.
import { expect, test } from 'vitest';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR } from '@/tests/harness/extension';
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
  expect(shipped.length).toBe(2 * 0x10000);
  const differing = inChromium.flatMap((byte, i) => (byte === shipped[i] ? [] : [`U+${(i % 0x10000).toString(16)}`]));
  expect(differing).toEqual([]);
});

test('a Chinese page fetches the built tables once, and is converted', async () => {
  const page = await world.ext.context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => request.url().endsWith('/engine/dict/char-tables.bin') && fetched.push(request.url()));
  await page.goto(world.server.url('/page/traditional.html'));
  await waitForState(page, 'active');
  await expect.poll(() => page.title()).toBe('城市绿道连起百里滨江');
  expect(fetched).toHaveLength(1);
  await page.close();
});
