// Every generated file of the project, made again by its generator, in order (data the engine
// reads first, then the fixture pages made with that engine).
//   npm run generate                    rewrites them in place
//   npm run generate -- --into DIR      does it in a copy of the project at DIR, and prints the
//                                       files that came out different (tests/unit/generated.test.ts)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export interface Generator {
  script: string;
  /** What it writes (checked: a generator writing anything else is reported). */
  outputs: string[];
  /** Output that differs from run to run or machine to machine (a browser's rendering). */
  reproducible?: false;
}

export const GENERATORS: Generator[] = [
  { script: 'scripts/make-script-chars.ts', outputs: ['lib/detect/script-chars.generated.ts'] },
  { script: 'scripts/make-sniff-marks.ts', outputs: ['lib/sniff/script-marks.generated.ts'] },
  { script: 'scripts/make-gbk-aliases.ts', outputs: ['lib/codec/gbk-aliases.generated.ts'] },
  { script: 'scripts/make-big5-hkscs.ts', outputs: ['lib/codec/big5-hkscs.generated.ts'] },
  { script: 'scripts/build-pinyin-readings.ts', outputs: ['lib/garbles/pinyin-injection/data/gbk-readings.ts'] },
  { script: 'scripts/build-word-pairs.ts', outputs: ['lib/detect/data/word-pairs.generated.ts'] },
  { script: 'scripts/make-charset-fixtures.ts', outputs: ['tests/fixtures/charset/'] },
  { script: 'scripts/make-garble-fixtures.ts', outputs: ['tests/fixtures/page/garbles.html'] },
  { script: 'scripts/make-demo-pages.ts', outputs: ['tests/fixtures/demo/index.html'] },
  { script: 'scripts/make-fixture-pages.ts', outputs: ['tests/fixtures/demo/'] },
  { script: 'scripts/make-icons.ts', outputs: ['public/icon/'], reproducible: false },
];

function run(script: string, cwd: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', script], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The project's own files (tracked, or new and not ignored), relative to the root. */
function projectFiles(dir: string): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: dir, encoding: 'utf8' });
  return listed.split('\0').filter((file) => file && existsSync(join(dir, file)));
}

function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) return [];
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path)];
  });
}

/**
 * Copies the project into `into` (node_modules and .wxt linked, not copied), runs every
 * reproducible generator there, and returns the generated files that differ from the
 * project's: changed, missing from the project, or written where no generator says it writes.
 */
export function staleFiles(into: string, generators = GENERATORS.filter((g) => g.reproducible !== false)): string[] {
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  const originals = projectFiles(root);
  for (const file of originals) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(root, file), join(into, file));
  }
  for (const link of ['node_modules', '.wxt']) symlinkSync(join(root, link), join(into, link));
  for (const generator of generators) run(generator.script, into);
  const known = new Set(originals);
  const declared = (file: string) => generators.some((g) => g.outputs.some((out) => file === out || (out.endsWith('/') && file.startsWith(out))));
  return filesUnder(into)
    .filter((file) => !known.has(file) || !readFileSync(join(into, file)).equals(readFileSync(join(root, file))))
    .map((file) => (declared(file) ? file : `${file} (written by no listed generator's outputs)`))
    .sort();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const at = process.argv.indexOf('--into');
  if (at > 0) {
    const stale = staleFiles(resolve(process.argv[at + 1] ?? ''));
    console.log(stale.length ? `Stale (run npm run generate):\n  ${stale.join('\n  ')}` : 'Every generated file is up to date.');
    process.exitCode = stale.length ? 1 : 0;
  } else {
    for (const generator of GENERATORS) {
      console.log(`${generator.script} -> ${generator.outputs.join(', ')}`);
      run(generator.script, root);
    }
  }
}
