import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '@/lib/cli/args.ts';

describe('parseArgs', () => {
  it('reads options in either form, anywhere after the command', () => {
    expect(parseArgs(['repair', 'a.html', '--to=taiwan', '--out-dir', 'out', '--report', 'b.txt', '--html'])).toEqual({
      help: false,
      command: 'repair',
      files: ['a.html', 'b.txt'],
      to: 'taiwan',
      outDir: 'out',
      report: true,
      html: true,
    });
  });

  it('defaults to standard input and takes everything after -- as files', () => {
    expect(parseArgs(['detect'])).toMatchObject({ files: ['-'] });
    expect(parseArgs(['detect', '--', '--report'])).toMatchObject({ files: ['--report'], report: false });
  });

  it('accepts taiwan-phrases, and --from with --to', () => {
    expect(parseArgs(['convert', '--to', 'taiwan-phrases', 'x'])).toMatchObject({ to: 'taiwan-phrases' });
    expect(parseArgs(['convert', '--to', 'simplified', '--from', 'twp', 'x'])).toMatchObject({ to: 'simplified', from: 'twp' });
  });

  it('answers --help for the whole tool and per command', () => {
    expect(parseArgs(['--help'])).toEqual({ help: true });
    expect(parseArgs(['convert', '-h'])).toEqual({ help: true, command: 'convert' });
  });

  it.each([[['convert', '--to', 'x', '--to', 'y']], [['repair', '--from', 'tw', 'x']], [['convert', '--to', 'taiwan', '--from', 'jp']], [['repair', '-', '-']], [['convert', '--report=yes', '--to', 'taiwan']]])(
    'rejects %j',
    (argv) => {
      expect(() => parseArgs(argv)).toThrow(UsageError);
    },
  );
});
