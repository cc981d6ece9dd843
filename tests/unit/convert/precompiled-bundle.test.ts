// The converter as the engine build bundles it (precompiled-only, pointed at
// dict/), run in Node with fetch reading the files from disk: a direction
// fetches only its own tries, and converts exactly like the converter that
// builds its tries from opencc-js's strings.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';
import { pointAtDictionaries, precompiledOnly, writeDictionaryFiles } from '@/scripts/engine-dictionaries.ts';
import { corpusFile } from '@/tests/harness/corpus.ts';

const root = resolve(import.meta.dirname, '../../..');
const outdir = resolve(root, '.tmp/precompiled-bundle');
const dictDir = join(outdir, 'dict');

async function bundleConverter(): Promise<typeof import('@/lib/convert/index.ts')> {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(join(outdir, 'chunks'), { recursive: true });
  const result = await build({
    entryPoints: { convert: resolve(root, 'lib/convert/index.ts') },
    outdir, bundle: true, splitting: true, format: 'esm', platform: 'browser', charset: 'utf8', minify: true,
    write: false, chunkNames: 'chunks/[name]-[hash]', plugins: [precompiledOnly], logLevel: 'warning',
  });
  for (const file of result.outputFiles) await writeFile(file.path, pointAtDictionaries(file.text, file.path, dictDir));
  await writeDictionaryFiles(dictDir);
  return import(pathToFileURL(join(outdir, 'convert.js')).href);
}

const fetched: string[] = [];
vi.stubGlobal('fetch', async (url: URL) => {
  fetched.push(decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1)));
  return new Response(await readFile(fileURLToPath(url)));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const traditional = corpusFile('bench/traditional-1m.txt');
const simplified = corpusFile('bench/simplified-1m.txt');

describe('the bundled converter on precompiled tries', async () => {
  const bundled = await bundleConverter();

  it('toward Simplified fetches three small tries (Hong Kong forms: 6 KB) and converts like the string-built converter', async () => {
    const converter = await bundled.createConverter('simplified');
    expect(fetched.sort()).toEqual(['CJK_Compatibility_Ideographs.bin', 'HKVariantsRevPhrases+HKVariantsRev.bin', 'TSPhrases+TSCharacters.bin']);
    const expected = (await createConverter('simplified')).convert(traditional);
    expect(expected).not.toBe(traditional);
    expect(converter.convert(traditional) === expected).toBe(true);
  });

  it('toward Taiwan with phrases fetches only what it adds, once, and converts identically', async () => {
    fetched.length = 0;
    await bundled.prefetchDictionaries('taiwan-phrases');
    const converter = await bundled.createConverter('taiwan-phrases', { phrases: { 软件: '软体!' } });
    expect(fetched.sort()).toEqual([
      'STPhrases+STPhrases_GeneratedFromRegionalPhrases+STCharacters.bin',
      'TWPhrases+TWVariantsPhrases+TWVariants.bin',
    ]);
    const expected = (await createConverter('taiwan-phrases', { phrases: { 软件: '软体!' } })).convert(simplified);
    expect(converter.convert(simplified) === expected).toBe(true);
    expect(converter.convert('软件和内存')).toBe('软体!和記憶體');
  });

  it('no dictionary chunk, no dictionary string, no import of one; the phrase table is imported on demand', async () => {
    const chunks = readdirSync(join(outdir, 'chunks'));
    // Issue 9: the phrase table's code is imported only by a converter given a table (and
    // what it shares with the rest of the converter sits in a chunk of its own).
    expect(chunks.filter((name) => name.startsWith('phrase-table-'))).toHaveLength(1);
    const code = await readFile(join(outdir, 'convert.js'), 'utf8');
    expect(code).toContain('.bin');
    expect(code.match(/import\(/g)).toEqual(['import(']);
    expect(code).toMatch(/import\("\.\/chunks\/phrase-table-\w+\.js"\)/);
    for (const file of [code, ...(await Promise.all(chunks.map((name) => readFile(join(outdir, 'chunks', name), 'utf8'))))]) {
      for (const needle of ['一丝不挂', 'opencc-js/dict']) expect(file).not.toContain(needle);
    }
  });
});
