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

/**
 * The chunks engine/engine.js imports statically, and theirs, as paths under engine/. A browser
 * finds them only once engine.js has arrived and been parsed: a second round trip, and on a page
 * still loading each round trip to the extension's files waits behind the page's own requests
 * (150 ms on tw-setn). The content script asks for them beside engine.js instead.
 */
export function engineStaticChunks(files: readonly EngineFile[]): string[] {
  const code = new Map(files.flatMap((file) => ('contents' in file ? [[file.relativeDest, file.contents] as const] : [])));
  const found = new Set<string>();
  const visit = (path: string) => {
    const text = code.get(path);
    if (text === undefined) throw new Error(`engine bundle: ${path} is imported but was not built`);
    for (const specifier of leadingImports(text)) {
      const target = new URL(specifier, `file:///${path}`).pathname.slice(1);
      if (found.has(target)) continue;
      found.add(target);
      visit(target);
    }
  };
  visit('engine/engine.js');
  return [...found].map((path) => path.slice('engine/'.length)).sort();
}

/** The specifiers of the static imports an esbuild ES module starts with (never its import() calls). */
function leadingImports(text: string): string[] {
  const specifiers: string[] = [];
  const statement = /^\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?"([^"]+)"\s*;?/;
  for (let rest = text, match = statement.exec(rest); match; match = statement.exec(rest)) {
    specifiers.push(match[1]);
    rest = rest.slice(match[0].length);
  }
  return specifiers;
}
