// Steps 1-3 of the byte-level repair (docs/garbles.md section 1), one pass over the text:
// re-encode to GBK bytes, drop validated `(pinyin)`, put back lead bytes that swallowed a '('.
// Characters outside GBK are kept aside: the bytes so far are decoded and the character copied.
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
  let bytes: Uint8Array = new Uint8Array(Math.min(text.length * 2, BLOCK_BYTES * 2) + 8);
  let n = 0;
  const pieces: string[] = [];
  const lost: LostByteSpan[] = [];
  let written = 0;
  let repaired = 0;
  const page = pageStats(text);
  const encode = gbkEncodeTable();
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
    const decoded = decodeRebuilt(bytes, n, page, written ? pieces[pieces.length - 1].charCodeAt(pieces[pieces.length - 1].length - 1) : 0);
    for (const span of decoded.lost) lost.push({ ...span, start: span.start + written, end: span.end + written });
    pieces.push(decoded.text);
    written += decoded.text.length;
    n = 0;
  };

  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if ((unit === 0x28 || unit === 0x3f) && mayOpenAnnotation(text, i)) {
      const annotation = annotationAt(text, i);
      if (annotation && unit === 0x28 && n >= 2 && isInjectedCode(bytes[n - 2], bytes[n - 1]) && readingMatch((bytes[n - 2] << 8) | bytes[n - 1], annotation.syllable) !== ReadingMatch.None) {
        repaired++;
        i = annotation.end - 1;
        continue;
      }
      if (annotation && unit === 0x3f && n >= 1 && isLeadByte(bytes[n - 1])) {
        const lead = swallowedLead(bytes[n - 1], annotation.syllable, annotation.end);
        if (lead >= 0) {
          if (n + 1 > bytes.length) bytes = grow(bytes);
          bytes[n++] = lead;
          repaired++;
          i = annotation.end - 1;
          continue;
        }
      }
    }
    const code = encode[unit] - 1;
    if (code < 0) {
      flush();
      pieces.push(text[i]);
      written++;
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
  return { text: pieces.join(''), repaired, lost };
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
