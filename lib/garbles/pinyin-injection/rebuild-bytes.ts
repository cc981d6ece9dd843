// The byte path of the pinyin repair, for lines that may be out of step: rebuild the GBK bytes
// (drop validated `(pinyin)`, put back lead bytes that swallowed a '('), then decode them.
import { annotationAt, mayOpenAnnotation } from './annotation';
import { chooseSwallowed, type SwallowedContext } from './candidates';
import { decodeRebuilt, type LostByteSpan } from './decode';
import { isLeadByte } from '@/lib/codec/gbk';
import { isInjectedCode } from './gbk-bytes';
import { pageStats } from './page-stats';
import { ReadingMatch, readingMatch, type Syllable } from './readings';

/** Bytes decoded at a time (at a newline): a long text is rebuilt in a small buffer. */
const BLOCK_BYTES = 1 << 16;

export interface RebuildOutput {
  pieces: string[];
  lost: LostByteSpan[];
  /** UTF-16 length of the pieces so far. */
  written: number;
  repaired: number;
}

/** The byte path for lines that may be out of step: rebuild the GBK bytes, then decode them. */
export function byteRebuilder(text: string, learned: Map<number, number>, encode: Int32Array, out: RebuildOutput) {
  let bytes: Uint8Array = new Uint8Array(Math.min(text.length * 2, BLOCK_BYTES * 2) + 8);
  let n = 0;
  const page = pageStats(text);
  const annotatable = (code: number) => isInjectedCode(code) || learned.has(code);
  // Pages repeat the same few splits (every 日報): remember each choice.
  const swallowedLeads = new Map<string, { code: number; confidence: number }>();
  const swallowedLead = (previous: number, syllable: Syllable, annotationEnd: number, before: [number, number]) => {
    const after: SwallowedContext = { ...followingBytes(text, annotationEnd, encode), before };
    const key = `${previous} ${syllable.id} ${syllable.base} ${syllable.toned} ${after.next} ${after.nextUnit} ${before} ${after.nextAnnotation?.id} ${after.nextAnnotation?.base}`;
    let choice = swallowedLeads.get(key);
    if (choice === undefined) swallowedLeads.set(key, (choice = chooseSwallowed(previous, syllable, learned, after, page)));
    return choice;
  };
  /** Lead bytes put back (offsets into `bytes`), with the confidence of their choice. */
  const putBack = new Map<number, number>();
  const flush = () => {
    if (!n) return;
    const decoded = decodeRebuilt(bytes, n, page, tailOf(out.pieces), putBack, (code) => learned.has(code));
    putBack.clear();
    for (const span of decoded.lost) out.lost.push({ ...span, start: span.start + out.written, end: span.end + out.written });
    out.pieces.push(decoded.text);
    out.written += decoded.text.length;
    n = 0;
  };

  return (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      if ((unit === 0x28 || unit === 0x3f) && mayOpenAnnotation(text, i)) {
        const annotation = annotationAt(text, i);
        if (annotation && unit === 0x28 && n >= 2 && annotatable((bytes[n - 2] << 8) | bytes[n - 1]) && readingMatch((bytes[n - 2] << 8) | bytes[n - 1], annotation.syllable) !== ReadingMatch.None) {
          out.repaired++;
          i = annotation.end - 1;
          continue;
        }
        if (annotation && unit === 0x3f && n >= 1 && isLeadByte(bytes[n - 1])) {
          const { code: lead, confidence } = swallowedLead(bytes[n - 1], annotation.syllable, annotation.end, [n >= 3 ? bytes[n - 3] : -1, n >= 2 ? bytes[n - 2] : -1]);
          if (lead >= 0) {
            if (n + 1 > bytes.length) bytes = grow(bytes);
            putBack.set(n, confidence);
            bytes[n++] = lead;
            out.repaired++;
            i = annotation.end - 1;
            continue;
          }
        }
      }
      const code = encode[unit] - 1;
      if (code < 0) {
        flush();
        out.pieces.push(text[i]);
        out.written++;
        continue;
      }
      if (n + 2 > bytes.length) bytes = grow(bytes);
      if (code > 0xff) {
        bytes[n++] = code >> 8;
        bytes[n++] = code & 0xff;
      } else {
        bytes[n++] = code;
        if (code === 0x0a && n >= BLOCK_BYTES) flush();
      }
    }
    flush();
  };
}

/** The byte after a `?pinyin)` and, if it is a lone ASCII character, the annotation after it. */
function followingBytes(text: string, at: number, encode: Int32Array): SwallowedContext {
  const code = at < text.length ? encode[text.charCodeAt(at)] - 1 : -1;
  if (code < 0 || (code === 0x3f && annotationAt(text, at))) return { next: -1, nextAnnotation: null }; // chained: not known yet
  if (code > 0xff) return { next: code >> 8, nextAnnotation: null, nextUnit: text.charCodeAt(at) };
  const nextAnnotation = text.charCodeAt(at + 1) === 0x28 ? annotationAt(text, at + 1) : null;
  return { next: code, nextAnnotation: nextAnnotation && nextAnnotation.syllable, nextUnit: code };
}

/** The end of the text written so far: the line a loss at the start of the next bytes is part of. */
function tailOf(pieces: readonly string[], units = 80): string {
  let tail = '';
  for (let i = pieces.length - 1; i >= 0 && tail.length < units && !tail.includes('\n'); i--) tail = pieces[i].slice(-units) + tail;
  return tail.slice(-units);
}

function grow(bytes: Uint8Array): Uint8Array {
  const larger = new Uint8Array(bytes.length * 2);
  larger.set(bytes);
  return larger;
}
