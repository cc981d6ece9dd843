import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { pointAtDictionaries, precompiledOnly, writeDictionaryFiles } from './engine-dictionaries.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** How the in-page engine is bundled; the benches bundle their entries the same way. */
export const ENGINE_BUNDLE_OPTIONS = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome110', 'firefox115'],
  charset: 'utf8', // without it esbuild escapes every Han character and the dictionaries double in size
  minify: true,
  write: false,
  chunkNames: 'chunks/[name]-[hash]',
  alias: { '@': root },
  logLevel: 'warning',
} satisfies BuildOptions;

/** A file of the engine: generated text, or a binary WXT copies (it writes `contents` as UTF-8). */
export type EngineFile = { relativeDest: string; contents: string } | { relativeDest: string; absoluteSrc: string };

/**
 * Bundles the in-page engine as ES modules with code splitting, so that a content
 * script can `import()` it from a web-accessible URL and heavy parts load only when
 * needed. WXT builds content scripts as classic scripts, which cannot do this.
 * The converter's tries are precompiled into engine/dict/*.bin, one per trie, so
 * a direction fetches only its own and a page builds nothing; detection's character
 * tables are written there too (engine/dict/char-tables.bin).
 */
export async function buildEngineFiles(): Promise<EngineFile[]> {
  const outdir = resolve(root, '.output/engine-tmp');
  const dictDir = resolve(outdir, 'dict');
  const result = await build({
    entryPoints: {
      engine: resolve(root, 'lib/page/page-bundle.ts'),
      // Readability + DOMPurify for saving articles, loaded only when the reader saves.
      article: resolve(root, 'lib/article/article-bundle.ts'),
    },
    outdir,
    ...ENGINE_BUNDLE_OPTIONS,
    plugins: [precompiledOnly],
  });
  const relativeDest = (path: string) => 'engine/' + path.slice(outdir.length + 1).split('\\').join('/');
  const code = result.outputFiles.map((file) => ({
    relativeDest: relativeDest(file.path),
    contents: pointAtDictionaries(file.text, file.path, dictDir),
  }));
  const dictionaries = (await writeDictionaryFiles(dictDir)).map((path) => ({ relativeDest: relativeDest(path), absoluteSrc: path }));
  return [...code, ...dictionaries];
}
