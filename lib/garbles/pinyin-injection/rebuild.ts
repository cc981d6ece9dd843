// Steps 1-3 of the byte-level repair (docs/garbles.md section 1), one pass over the text:
// re-encode to GBK bytes, drop validated `(pinyin)`, put back lead bytes that swallowed a '('.
// Characters outside GBK are kept aside: the bytes so far are decoded and the character copied.
//
// Only lines holding a '?' can be out of step: the site's decoder ends every misaligned run with
// one (a lead byte before '(' or another ASCII byte), and a newline that survived was read as a
// character of its own. Other lines take a fast path that drops validated annotations from the
// text directly, with the same byte test and the same result.
import { annotationAt, mayOpenAnnotation } from './annotation';
import type { LostByteSpan } from './decode';
import { gbkEncodeTable } from '@/lib/codec/gbk';
import { isInjectedCode } from './gbk-bytes';
import { ReadingMatch, readingMatch } from './readings';
import { byteRebuilder, type RebuildOutput } from './rebuild-bytes';

export interface RebuildResult {
  text: string;
  /** Annotations dropped (step 2) or dropped with their lead byte put back (step 3). */
  repaired: number;
  lost: LostByteSpan[];
}

/** @param learned codes the page annotates: Traditional-only ones, and shared ones proven page-wide. */
export function rebuildText(text: string, learned: Map<number, number>): RebuildResult {
  const out: RebuildOutput = { pieces: [], lost: [], written: 0, repaired: 0 };
  const encode = gbkEncodeTable();
  const rebuildBytes = byteRebuilder(text, learned, encode, out);
  let from = 0;
  for (let question = text.indexOf('?'); question >= 0; question = text.indexOf('?', from)) {
    const lineStart = text.lastIndexOf('\n', question) + 1;
    const lineEnd = text.indexOf('\n', question);
    const to = lineEnd < 0 ? text.length : lineEnd + 1;
    dropAnnotations(text, from, lineStart, encode, out, learned);
    rebuildBytes(lineStart, to);
    from = to;
  }
  dropAnnotations(text, from, text.length, encode, out, learned);
  return { text: out.pieces.join(''), repaired: out.repaired, lost: out.lost };
}

/**
 * The fast path for text in step: each annotation read by the two bytes before it (the last
 * output character, or the last byte of the one before and an ASCII character) is cut out.
 */
function dropAnnotations(text: string, from: number, to: number, encode: Int32Array, out: RebuildOutput, learned: Map<number, number>): void {
  let kept = from; // start of the text not yet copied
  let before = -1; // the last two output bytes before `kept`, as lead << 8 | trail (-1: none)
  for (let at = text.indexOf('(', from); at >= 0 && at < to; at = text.indexOf('(', at + 1)) {
    if (!mayOpenAnnotation(text, at)) continue;
    const annotation = annotationAt(text, at);
    if (!annotation) continue;
    const code = at > kept ? lastTwoBytes(text, kept, at, before, encode) : before;
    if (code < 0 || !(isInjectedCode(code) || learned.has(code)) || readingMatch(code, annotation.syllable) === ReadingMatch.None) continue;
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

