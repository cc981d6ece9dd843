// qingwen <command> [options] FILE...  (see usage.ts; `npm run cli --` from a clone)
// Exit status: 0 done, 1 some file failed (others still processed), 2 usage.
// Errors print one line naming what failed; never a stack trace.
import { basename } from 'node:path';
import { parseArgs, UsageError, type CliOptions } from './args.ts';
import { decodeBytes, looksBinary } from '@/lib/codec/decode-bytes.ts';
import { isHtmlName } from './document.ts';
import { writeResult } from './output.ts';
import { readInput, STDIN } from './read-input.ts';
import { USAGE } from './usage.ts';

const fail = (message: string) => process.stderr.write(`qingwen: ${message}\n`);
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function processFiles(options: CliOptions): Promise<number> {
  // Loaded only now: usage errors and --help answer without loading the engine.
  const { detectFile, transformFile } = await import('./commands.ts');
  await (await import('@/lib/engine/index.ts')).loadWordModel(); // a destroyed byte is chosen by the words around it
  let status = 0;
  for (const file of options.files) {
    const read = await readInput(file, process.stdin);
    if (!read.ok) {
      fail(read.message);
      status = 1;
      continue;
    }
    if (looksBinary(read.bytes)) {
      // Random bytes decode to something in some charset: refused, not reported as mojibake.
      fail(`${file === STDIN ? 'standard input' : file}: not text`);
      status = 1;
      continue;
    }
    try {
      const input = { file, decoded: decodeBytes(read.bytes), html: options.html || (file !== STDIN && isHtmlName(file)) };
      if (options.command === 'detect') {
        process.stdout.write(JSON.stringify(detectFile(input)) + '\n');
        continue;
      }
      const { text, report } = await transformFile(input, options);
      const written = await writeResult(text, file, options.outDir, process.stdout);
      if (!written.ok) {
        fail(written.message);
        status = 1;
        continue;
      }
      if (options.report) process.stderr.write(JSON.stringify({ ...report, output: written.path }) + '\n');
    } catch (error) {
      fail(`${file === STDIN ? 'standard input' : file}: ${reasonOf(error)}`);
      status = 1;
    }
  }
  return status;
}

function checkOutputNames(options: CliOptions): void {
  if (options.outDir === undefined) return;
  const seen = new Map<string, string>();
  for (const file of options.files) {
    const name = basename(file);
    if (seen.has(name)) throw new UsageError(`${seen.get(name)} and ${file} would both be written to ${name} in ${options.outDir}`);
    seen.set(name, file);
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const parsed = parseArgs(argv);
    if (parsed.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    checkOutputNames(parsed);
    return await processFiles(parsed);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(`${error.message}\nTry: qingwen --help`);
      return 2;
    }
    fail(`unexpected error: ${reasonOf(error)}`);
    return 1;
  }
}

// A last guard: whatever escapes prints one line, not a stack trace.
process.on('uncaughtException', (error) => {
  fail(`unexpected error: ${reasonOf(error)}`);
  process.exit(1);
});
process.on('unhandledRejection', (error) => {
  fail(`unexpected error: ${reasonOf(error)}`);
  process.exit(1);
});
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // A closed pipe (| head) is not worth a message.
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

process.exitCode = await main(process.argv.slice(2));
