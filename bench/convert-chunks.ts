// What the in-page engine fetches per conversion direction: bundles the
// converter the way scripts/build-engine.ts bundles the engine (ESM, code
// splitting, utf8 charset, minified) and sums the gzip size of the entry chunk,
// its static imports and the dictionary chunks a direction loads.
import { build, type Metafile } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ENGINE_BUNDLE_OPTIONS } from '@/scripts/build-engine.ts';
import { configsFor } from '@/lib/convert/converter.ts';
import { dictionariesOf } from '@/lib/convert/directions.ts';
import type { Target } from '@/lib/engine/types.ts';

const root = resolve(import.meta.dirname, '..');
// Matched as a suffix: esbuild reports real paths, and node_modules may be a link.
const DICT_DIR = 'opencc-js/dist/esm-lib/dict/';

export interface ConverterChunks {
  /** gzip bytes of the converter code itself (entry chunk and its static imports). */
  code: number;
  /** gzip bytes fetched for a direction: code plus its dictionary chunks. */
  direction(target: Target): number;
  /** The dictionary inputs that ended up in the entry chunk or its static imports (should be none). */
  dictionariesInCode: string[];
}

export async function measureConverterChunks(entry = 'lib/convert/index.ts'): Promise<ConverterChunks> {
  const outdir = resolve(root, '.tmp/convert-chunks');
  const result = await build({
    entryPoints: { convert: resolve(root, entry) },
    outdir,
    ...ENGINE_BUNDLE_OPTIONS,
    metafile: true,
  });
  const meta: Metafile = result.metafile;
  const gzipOf = new Map(result.outputFiles.map((file) => [file.path.slice(root.length + 1), gzipSync(file.contents).length]));
  const outputs = Object.entries(meta.outputs).filter(([path]) => path.endsWith('.js'));

  // Static closure of the entry chunk.
  const entryPath = outputs.find(([, output]) => output.entryPoint?.endsWith(entry))![0];
  const codeChunks = new Set<string>();
  const visit = (path: string) => {
    if (codeChunks.has(path)) return;
    codeChunks.add(path);
    for (const imported of meta.outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entryPath);
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, path) => total + (gzipOf.get(path) ?? 0), 0);
  const chunkOfDictionary = (name: string) => {
    const found = outputs.find(([, output]) => output.entryPoint?.endsWith(DICT_DIR + name + '.js'));
    if (!found) throw new Error(`No chunk of its own for dictionary ${name}`);
    return found[0];
  };
  return {
    code: sum(codeChunks),
    direction(target) {
      const names = new Set(configsFor(target).flatMap(dictionariesOf));
      return sum(new Set([...codeChunks, ...[...names].map(chunkOfDictionary)]));
    },
    dictionariesInCode: [...codeChunks].flatMap((path) =>
      Object.keys(meta.outputs[path].inputs).filter((input) => input.includes(DICT_DIR)),
    ),
  };
}
