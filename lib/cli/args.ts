// Command line parsing. Anything wrong with the command line is a UsageError
// (exit 2), reported before any file is touched.
import type { TraditionalVariant } from '@/lib/convert/index.ts';
import type { Target } from '@/lib/engine/types.ts';
import { STDIN } from './read-input.ts';
import { parseArgs as nodeParseArgs } from 'node:util';

export type Command = 'detect' | 'repair' | 'convert';

export interface CliOptions {
  command: Command;
  /** Inputs; ["-"] (standard input) when none is given. */
  files: string[];
  to?: Target;
  /** Traditional variant of the input: t (default), tw, twp, hk, hkp. */
  from?: TraditionalVariant;
  outDir?: string;
  report: boolean;
  /** Treat every input as HTML, whatever its extension. */
  html: boolean;
}

export type ParsedArgs = { help: true; command?: Command } | ({ help: false } & CliOptions);

export class UsageError extends Error {}

const COMMANDS: readonly Command[] = ['detect', 'repair', 'convert'];
export const TARGETS: readonly Target[] = ['simplified', 'traditional', 'taiwan', 'taiwan-phrases', 'hongkong'];
const VARIANTS: readonly TraditionalVariant[] = ['t', 'tw', 'twp', 'hk', 'hkp'];

/** Node's own parser (node:util parseArgs); `multiple` only so that a repeated option is refused. */
const OPTIONS = {
  to: { type: 'string', multiple: true },
  from: { type: 'string', multiple: true },
  'out-dir': { type: 'string', multiple: true },
  report: { type: 'boolean' },
  html: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`a command is needed: ${COMMANDS.join(', ')}`);
  if (command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (!COMMANDS.includes(command as Command)) {
    throw new UsageError(command.startsWith('-') ? `a command comes first (${COMMANDS.join(', ')}), not ${command}` : `unknown command: ${command}`);
  }
  const { values, positionals } = readOptions(rest);
  if (values.help) return { help: true, command: command as Command };
  return validate({
    command: command as Command,
    files: positionals.length > 0 ? positionals : [STDIN],
    to: single('--to', values.to) as Target | undefined,
    from: single('--from', values.from) as TraditionalVariant | undefined,
    outDir: single('--out-dir', values['out-dir']),
    report: values.report ?? false,
    html: values.html ?? false,
  });
}

function readOptions(args: string[]) {
  try {
    return nodeParseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessageOf(error, args));
  }
}

/** Node's messages, said the way the rest of the CLI says things (one short line). */
function usageMessageOf(error: unknown, args: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option: ${args.find((arg) => arg.split('=')[0] === option) ?? option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option && OPTIONS[option.replace(/^-+/, '') as keyof typeof OPTIONS]?.type === 'string') {
    return `${option} needs a value`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option ?? 'a flag'} takes no value`;
  return message;
}

function single(name: string, given: string[] | undefined): string | undefined {
  if (given === undefined) return undefined;
  if (given.length > 1) throw new UsageError(`${name} given twice`);
  if (given[0] === '') throw new UsageError(`${name} needs a value`);
  return given[0];
}

function validate(options: CliOptions): ParsedArgs {
  const { command, to, from, outDir, files } = options;
  if (to !== undefined && !TARGETS.includes(to)) {
    throw new UsageError(`--to must be one of ${TARGETS.join(', ')}, not "${to}"`);
  }
  if (from !== undefined && !VARIANTS.includes(from)) {
    throw new UsageError(`--from must be one of ${VARIANTS.join(', ')}, not "${from}"`);
  }
  if (from !== undefined && to === undefined) throw new UsageError('--from only applies with --to');
  if (command === 'convert' && to === undefined) throw new UsageError(`convert needs --to (${TARGETS.join(', ')})`);
  if (command === 'detect' && (to !== undefined || outDir !== undefined)) {
    throw new UsageError('detect prints one JSON line per file: --to, --from and --out-dir do not apply');
  }
  if (files.filter((file) => file === STDIN).length > 1) throw new UsageError('standard input ("-") can be read only once');
  if (command !== 'detect' && outDir === undefined && files.length > 1) {
    throw new UsageError(`${command} of several files needs --out-dir DIR (one output file per input)`);
  }
  if (outDir !== undefined && files.includes(STDIN)) {
    throw new UsageError('--out-dir names outputs after input files: give FILE arguments, not standard input');
  }
  return { help: false, ...options };
}
