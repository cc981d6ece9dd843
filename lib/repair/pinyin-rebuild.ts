// Steps 1-3 of the byte-level repair (docs/garbles.md section 1), one pass over the text:
// re-encode to GBK bytes, drop validated `(pinyin)`, put back lead bytes that swallowed a '('.
// Characters outside GBK are kept aside: the bytes so far are decoded and the character copied.
//
// Only lines holding a '?' can be out of step: the site's decoder ends every misaligned run with
// one (a lead byte before '(' or another ASCII byte), and a newline that survived was read as a
// character of its own. Other lines take a fast path that drops validated annotations from the
// text directly, with the same byte test and the same result.
import { annotationAt, mayOpenAnnotation } from './pinyin-annotation';
import { chooseSwallowedLead, type SwallowedContext } from './pinyin-candidates';
import { decodeRebuilt, type LostByteSpan } from './pinyin-decode';
import { gbkEncodeTable, isGb2312, isHanCode, isLeadByte, isTrailByte } from './pinyin-gbk-codec';
import { pageStats } from './pinyin-page-stats';
import { ReadingMatch, readingMatch, type Syllable } from './pinyin-readings';

export interface RebuildResult {
  text: string;
  /** Annotations dropped (step 2) or dropped with their lead byte put back (step 3). */
  repaired: number;
  lost: LostByteSpan[];
}

/**
 * Bytes decoded at a time: the stream is in step after every newline that survived (the site's
 * decoder read it as a character of its own), so a long text is rebuilt line block by line block
 * in a small buffer.
 */
const BLOCK_BYTES = 1 << 16;

export function rebuildText(text: string, learned: Map<number, number>): RebuildResult {
  const out: Output = { pieces: [], lost: [], written: 0, repaired: 0 };
  const encode = gbkEncodeTable();
  const rebuildBytes = byteRebuilder(text, learned, encode, out);
  let from = 0;
  for (let question = text.indexOf('?'); question >= 0; question = text.indexOf('?', from)) {
    const lineStart = text.lastIndexOf('\n', question) + 1;
    const lineEnd = text.indexOf('\n', question);
    const to = lineEnd < 0 ? text.length : lineEnd + 1;
    dropAnnotations(text, from, lineStart, encode, out);
    rebuildBytes(lineStart, to);
    from = to;
  }
  dropAnnotations(text, from, text.length, encode, out);
  return { text: out.pieces.join(''), repaired: out.repaired, lost: out.lost };
}

interface Output {
  pieces: string[];
  lost: LostByteSpan[];
  /** UTF-16 length of the pieces so far. */
  written: number;
  repaired: number;
}

/**
 * The fast path for text in step: each annotation read by the two bytes before it (the last
 * output character, or the last byte of the one before and an ASCII character) is cut out.
 */
function dropAnnotations(text: string, from: number, to: number, encode: Int32Array, out: Output): void {
  let kept = from; // start of the text not yet copied
  let before = -1; // the last two output bytes before `kept`, as lead << 8 | trail (-1: none)
  for (let at = text.indexOf('(', from); at >= 0 && at < to; at = text.indexOf('(', at + 1)) {
    if (!mayOpenAnnotation(text, at)) continue;
    const annotation = annotationAt(text, at);
    if (!annotation) continue;
    const code = at > kept ? lastTwoBytes(text, kept, at, before, encode) : before;
    if (code < 0 || !isInjectedCode(code >> 8, code & 0xff) || readingMatch(code, annotation.syllable) === ReadingMatch.None) continue;
    out.pieces.push(text.slice(kept, at));
    out.written += at - kept;
    out.repaired++;
    before = code;
    kept = annotation.end;
    at = annotation.end - 1;
  }
  if (to > kept) {
    out.pieces.push(text.slice(kept, to));
    out.written += to - kept;
  }
}

/** The last two bytes of the output text[kept..at) preceded by `before` (-1 where a character outside GBK cut the stream). */
function lastTwoBytes(text: string, kept: number, at: number, before: number, encode: Int32Array): number {
  const last = encode[text.charCodeAt(at - 1)] - 1;
  if (last < 0 || last > 0xff) return last;
  if (at - 1 === kept) return before < 0 ? -1 : ((before & 0xff) << 8) | last;
  const previous = encode[text.charCodeAt(at - 2)] - 1;
  return previous < 0 ? -1 : ((previous & 0xff) << 8) | last;
}

/** The byte path for lines that may be out of step: rebuild the GBK bytes, then decode them. */
function byteRebuilder(text: string, learned: Map<number, number>, encode: Int32Array, out: Output) {
  let bytes: Uint8Array = new Uint8Array(Math.min(text.length * 2, BLOCK_BYTES * 2) + 8);
  let n = 0;
  const page = pageStats(text);
  // Pages repeat the same few splits (every 日報): remember each choice.
  const swallowedLeads = new Map<string, number>();
  const swallowedLead = (previous: number, syllable: Syllable, annotationEnd: number) => {
    const after = followingBytes(text, annotationEnd, encode);
    const key = `${previous} ${syllable.id} ${syllable.base} ${syllable.toned} ${after.next} ${after.nextAnnotation?.id} ${after.nextAnnotation?.base}`;
    let lead = swallowedLeads.get(key);
    if (lead === undefined) swallowedLeads.set(key, (lead = chooseSwallowedLead(previous, syllable, learned, after)));
    return lead;
  };
  const flush = () => {
    if (!n) return;
    const last = out.pieces.length ? out.pieces[out.pieces.length - 1] : '';
    const decoded = decodeRebuilt(bytes, n, page, last ? last.charCodeAt(last.length - 1) : 0);
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
        if (annotation && unit === 0x28 && n >= 2 && isInjectedCode(bytes[n - 2], bytes[n - 1]) && readingMatch((bytes[n - 2] << 8) | bytes[n - 1], annotation.syllable) !== ReadingMatch.None) {
          out.repaired++;
          i = annotation.end - 1;
          continue;
        }
        if (annotation && unit === 0x3f && n >= 1 && isLeadByte(bytes[n - 1])) {
          const lead = swallowedLead(bytes[n - 1], annotation.syllable, annotation.end);
          if (lead >= 0) {
            if (n + 1 > bytes.length) bytes = grow(bytes);
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
  if (code > 0xff) return { next: code >> 8, nextAnnotation: null };
  const nextAnnotation = text.charCodeAt(at + 1) === 0x28 ? annotationAt(text, at + 1) : null;
  return { next: code, nextAnnotation: nextAnnotation && nextAnnotation.syllable };
}

function isInjectedCode(lead: number, trail: number): boolean {
  const code = (lead << 8) | trail;
  return isLeadByte(lead) && isTrailByte(trail) && !isGb2312(code) && isHanCode(code);
}

function grow(bytes: Uint8Array): Uint8Array {
  const larger = new Uint8Array(bytes.length * 2);
  larger.set(bytes);
  return larger;
}
