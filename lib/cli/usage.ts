export const USAGE = `Usage: qingwen <command> [options] [FILE...]
       (from a clone without installing: npm run cli -- <command> ...)

Qingwen (清文): repairs garbled Chinese text and converts it between scripts.
Reads standard input when no FILE is given (or for "-").

Commands:
  detect FILE...                 One JSON line per file: script, garbles (kind,
                                 count, confidence, recoverable), encoding.
  repair FILE... [--to TARGET]   Repairs the text (pinyin injection, mojibake,
                                 escape artefacts); converts it too with --to.
  convert --to TARGET FILE...    Converts the text to TARGET.

Options:
  --to TARGET     simplified | traditional | taiwan | taiwan-phrases | hongkong
                  (taiwan-phrases also uses Taiwan vocabulary: 软件 -> 軟體).
                  Toward Traditional, the text is first made Simplified, so
                  mixed script and bad conversions (見麵, 全麵) come out right.
  --from VARIANT  The Traditional variant of the input: t (default), tw, twp
                  (Taiwan vocabulary: 軟體 -> 软件), hk, hkp.
  --out-dir DIR   Write each result to DIR under the input's base name
                  (needed for several files; one file goes to standard output).
  --report        Write a JSON report per file to standard error.
  --html          Treat input as HTML (automatic for .html, .htm, .xhtml):
                  text, <title>, and title/alt/placeholder/aria-label change;
                  markup, script, style, code and pre stay byte for byte.
  -h, --help      Show this help.

Input that is not UTF-8 is detected with chardet and decoded (gb18030, big5,
...); the report says so. Output is always UTF-8.

Exit status: 0 done; 1 some file could not be read or written (the others
were still processed); 2 usage error.
`;
