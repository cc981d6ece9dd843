// Re-creates pinyin injection the way mirror sites do it (docs/garbles.md section 1), to make
// fixtures whose clean original is known: GBK bytes, a byte-level (not multibyte-aware) replace of
// each listed character's code with code + `(pinyin)`, then the site's lossy GBK decoder.
import { pinyin } from 'pinyin-pro';
import stCharacters from 'opencc-js/dict/STCharacters';
import { legacyEncoder } from '@/lib/codec/legacy-tables';

export interface InjectOptions {
  /** Plain ASCII pinyin (`中(zhong)`) instead of tone marks. */
  toneless?: boolean;
  /** How toneless ASCII writes ü: `v` (lv, nv: the default) or `u:` (lu:, nu:). */
  umlaut?: 'v' | 'u:';
  /** The mirror ran its replace twice: `中(zhong)(zhong)`. */
  doubled?: boolean;
  /** Reading per character; default: pinyin-pro's first reading of the character alone. */
  readings?: Record<string, string>;
}

export function injectPinyin(traditionalText: string, chars: readonly string[], opts: InjectOptions = {}): string {
  // Characters outside GBK never reached the site's GBK bytes: corrupt the runs between them.
  return splitOnNonGbk(traditionalText)
    .map((run) => (run.gbk ? injectRun(run.text, chars, opts) : run.text))
    .join('');
}

function splitOnNonGbk(text: string): { text: string; gbk: boolean }[] {
  const encoder = legacyEncoder('gbk');
  const runs: { text: string; gbk: boolean }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && encoder.codeOf(text.charCodeAt(i)) >= 0) continue;
    if (i > start) runs.push({ text: text.slice(start, i), gbk: true });
    if (i < text.length) runs.push({ text: text[i], gbk: false });
    start = i + 1;
  }
  return runs;
}

function injectRun(text: string, chars: readonly string[], opts: InjectOptions): string {
  const encoder = legacyEncoder('gbk');
  let bytes = Array.from(encoder.encode(text));
  // One replace per listed character, in list order, each over the result of the previous one
  // (PHP str_replace with arrays): later keys can match inside earlier insertions' neighbours.
  for (const ch of chars) {
    const code = encoder.codeOf(ch.charCodeAt(0));
    if (code <= 0xff) continue;
    const reading = opts.readings?.[ch] ?? pinyin(ch);
    const annotation = `(${opts.toneless ? stripTones(reading, opts.umlaut) : reading})`;
    const insertion = Array.from(encoder.encode(opts.doubled ? annotation + annotation : annotation));
    bytes = replaceAll(bytes, [code >> 8, code & 0xff], insertion);
  }
  return siteDecode(bytes);
}

function replaceAll(bytes: number[], key: [number, number], insertion: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === key[0] && bytes[i + 1] === key[1]) {
      out.push(key[0], key[1], ...insertion);
      i++;
    } else out.push(bytes[i]);
  }
  return out;
}

/**
 * The mirrors' transcoder: a lead byte followed by '(' becomes '?' and swallows the '('; followed by
 * any other byte that is not a trail (ASCII below 0x40, 0x7F), '?' and both bytes are gone.
 */
export function siteDecode(bytes: readonly number[]): string {
  const table = pairTable();
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b === 0x80) out += '\u20ac';
    else if (b === 0xff) out += '?';
    else {
      const trail = bytes[i + 1];
      i++;
      const valid = trail !== undefined && trail >= 0x40 && trail <= 0xfe && trail !== 0x7f;
      const unit = valid ? table[(b << 8) | trail] : 0;
      out += unit ? String.fromCharCode(unit) : '?';
    }
  }
  return out;
}

let pairs: Uint16Array | undefined;

/** Two-byte code -> UTF-16 unit, as the platform's GBK decoder reads it (0 = none). */
function pairTable(): Uint16Array {
  if (pairs) return pairs;
  pairs = new Uint16Array(0x10000);
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (trail !== 0x7f && ch.length === 1 && ch !== '\ufffd') pairs[(lead << 8) | trail] = ch.charCodeAt(0);
    }
  return pairs;
}

function stripTones(reading: string, umlaut: 'v' | 'u:' = 'v'): string {
  return reading.normalize('NFD').replace(/[\u0300\u0301\u0304\u030c]/g, '').normalize('NFC').replace(/ü/g, umlaut);
}

let firstTraditional: Map<string, string> | undefined;

/**
 * A careless mirror's Simplified -> Traditional: each character's first Traditional form, with
 * no phrase context (`overrides` first: what a given converter does with one-to-many characters).
 */
export function charByCharS2t(text: string, overrides: Readonly<Record<string, string>> = {}): string {
  if (!firstTraditional) {
    firstTraditional = new Map();
    for (const pair of (stCharacters as string).split('|')) {
      const [from, to] = pair.split(' ');
      firstTraditional.set(from, [...to][0]);
    }
  }
  const table = firstTraditional;
  return [...text].map((ch) => overrides[ch] ?? table.get(ch) ?? ch).join('');
}
