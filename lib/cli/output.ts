// Where results go: standard output for a single input, or DIR/<base name>.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { STDIN } from './read-input.ts';

export type WriteResult = { ok: true; path: string } | { ok: false; message: string };

export function outputPath(outDir: string, file: string): string {
  return join(outDir, basename(file));
}

export async function writeResult(text: string, file: string, outDir: string | undefined, stdout: NodeJS.WritableStream): Promise<WriteResult> {
  if (outDir === undefined) {
    stdout.write(text);
    return { ok: true, path: 'stdout' };
  }
  const path = outputPath(outDir, file);
  if (file !== STDIN && resolve(path) === resolve(file)) {
    return { ok: false, message: `not writing ${path}: it is the input file itself (choose another --out-dir)` };
  }
  try {
    await mkdir(outDir, { recursive: true });
    await writeFile(path, text, 'utf8');
    return { ok: true, path };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, message: `cannot write ${path}: ${reason}` };
  }
}
