// Command line parsing. Anything wrong with the command line is a UsageError
// (exit 2), reported before any file is touched.
import type { TraditionalVariant } from '../convert/index.ts';
import type { Target } from '../engine/types.ts';
import { STDIN } from './read-input.ts';

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
const TARGETS: readonly Target[] = ['simplified', 'traditional', 'taiwan', 'taiwan-phrases', 'hongkong'];
const VARIANTS: readonly TraditionalVariant[] = ['t', 'tw', 'twp', 'hk', 'hkp'];
const VALUE_OPTIONS = new Set(['--to', '--from', '--out-dir']);
const FLAG_OPTIONS = new Set(['--report', '--html', '--help', '-h']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('a command is needed: detect, repair or convert');
  if (command === '--help' || command === '-h' || command === 'help') return { help: true };
  if (!COMMANDS.includes(command as Command)) {
    throw new UsageError(command.startsWith('-') ? `a command comes first (detect, repair or convert), not ${command}` : `unknown command: ${command}`);
  }
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const files: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (arg === '--') {
      files.push(...rest.slice(i + 1));
      break;
    }
    if (arg === STDIN || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (FLAG_OPTIONS.has(name) && inline === undefined) {
      flags.add(name);
    } else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
      if (values.has(name)) throw new UsageError(`${name} given twice`);
      values.set(name, value);
    } else {
      throw new UsageError(`unknown option: ${arg}`);
    }
  }
  if (flags.has('--help') || flags.has('-h')) return { help: true, command: command as Command };
  return validate({
    command: command as Command,
    files: files.length > 0 ? files : [STDIN],
    to: values.get('--to') as Target | undefined,
    from: values.get('--from') as TraditionalVariant | undefined,
    outDir: values.get('--out-dir'),
    report: flags.has('--report'),
    html: flags.has('--html'),
  });
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
  if (command === 'convert' && to === undefined) throw new UsageError('convert needs --to (simplified, traditional, taiwan or hongkong)');
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
