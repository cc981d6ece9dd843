import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Bundles the in-page engine as ES modules with code splitting, so that a content
 * script can `import()` it from a web-accessible URL and each dictionary direction
 * becomes its own chunk, loaded only when needed. WXT builds content scripts as
 * classic scripts, which cannot do this.
 */
export async function buildEngineFiles(): Promise<{ relativeDest: string; contents: string }[]> {
  const result = await build({
    entryPoints: {
      engine: resolve(root, 'lib/page/engine-entry.ts'),
      // Readability + DOMPurify for saving articles, loaded only when the reader saves.
      article: resolve(root, 'lib/article/engine-entry.ts'),
    },
    outdir: resolve(root, '.output/engine-tmp'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox115'],
    charset: 'utf8',
    minify: true,
    write: false,
    chunkNames: 'chunks/[name]-[hash]',
    alias: { '@': root },
    logLevel: 'warning',
  });
  const outdir = resolve(root, '.output/engine-tmp');
  return result.outputFiles.map((file) => ({
    relativeDest: 'engine/' + file.path.slice(outdir.length + 1),
    contents: file.text,
  }));
}
