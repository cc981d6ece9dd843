// The engine bundle's dictionaries: tries precompiled into engine/dict/*.bin
// (lib/convert/precompile.ts), and the two build-time edits that make the
// bundled converter read them (lib/convert/precompiled-tries.ts, trie-loading.ts).
import { build, type Plugin } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompileTries } from '../lib/convert/precompile.ts';
import { DICT_DIR_MARKER } from '../lib/convert/precompiled-tries.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * esbuild plugin: the bundle reads only the binaries. The define folds away the
 * string path (lib/convert/trie-loading.ts); esbuild still makes a chunk of
 * every import() it has seen, even in dead code, so the dictionary modules are
 * left external instead: no code reaches them, and a stray import would fail
 * loudly (tests/unit/convert/bundle-chunks.test.ts checks none is left).
 */
export const precompiledOnly: Plugin = {
  name: 'qingwen-precompiled-only',
  setup(build) {
    build.initialOptions.define = { ...build.initialOptions.define, 'globalThis.__QINGWEN_PRECOMPILED_ONLY__': 'true' };
    // Only the converter's lazy imports: other modules (lib/convert/search-fold.ts) bundle small dictionaries statically.
    build.onResolve({ filter: /^opencc-js\/dict\// }, (args) =>
      args.kind === 'dynamic-import' && /lib[\\/]convert[\\/]dictionaries\.ts$/.test(args.importer)
        ? { path: args.path, external: true }
        : undefined,
    );
  },
};

/**
 * Points the converter in one output file at the dictionary folder: the path
 * from that file to `dictDir`, as a relative URL (resolved on import.meta.url).
 */
export function pointAtDictionaries(text: string, outputPath: string, dictDir: string): string {
  if (!text.includes(DICT_DIR_MARKER)) return text;
  let path = relative(dirname(outputPath), dictDir).split('\\').join('/');
  path = path === '' ? './' : path.startsWith('.') ? path + '/' : './' + path + '/';
  return text.split(DICT_DIR_MARKER).join(path);
}

/**
 * Writes every precompiled trie into `dictDir`, and the character tables detection reads
 * (lib/garbles/prebuilt-tables.ts); returns the file paths written.
 */
export async function writeDictionaryFiles(dictDir: string): Promise<string[]> {
  await mkdir(dictDir, { recursive: true });
  const tries = await precompileTries();
  return Promise.all(
    [...tries, await charTables()].map(async ({ file, bytes }) => {
      const path = join(dictDir, file);
      await writeFile(path, bytes);
      return path;
    }),
  );
}

/**
 * Detection's character tables, made by lib/garbles/prebuilt-tables.ts. Its imports use the '@'
 * alias, which does not exist yet while wxt.config.ts loads this file: it is bundled first.
 */
async function charTables(): Promise<{ file: string; bytes: Uint8Array }> {
  const result = await build({
    entryPoints: [resolve(root, 'lib/garbles/prebuilt-tables.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    alias: { '@': root },
    logLevel: 'warning',
  });
  const tables = await import('data:text/javascript;base64,' + Buffer.from(result.outputFiles[0].text).toString('base64'));
  return { file: tables.CHAR_TABLES_FILE, bytes: tables.charTablesBytes() };
}
