// Reading one input: a file by name, or standard input for "-" (and when no
// file is given). Errors come back as a sentence naming the file, never thrown.
import { readFile } from 'node:fs/promises';

export const STDIN = '-';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent of it is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
};

async function readStdin(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<ReadResult> {
  try {
    return { ok: true, bytes: file === STDIN ? await readStdin(stdin) : await readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, message: `cannot read ${file === STDIN ? 'standard input' : file}: ${reason}` };
  }
}
