// Counts the `(pinyin)` annotations of a text at character level: the evidence behind the
// page-level signature and the repair's own gate, and the characters the page itself annotates
// (learned, to choose among byte candidates later).
import { annotationAt, mayOpenAnnotation } from './annotation';
import { gbkDecodeTable, gbkEncodeTable, isGb2312, isHanCode, isLeadByte, isTrailByte } from '../../codec/gbk';
import { ReadingMatch, readingMatch } from './readings';

export interface AnnotationScan {
  /** `X(pinyin)` with X a Traditional-only (non-GB2312) character read that way. */
  injected: number;
  /** `?pinyin)`: the opener swallowed by a transcoder after a stray lead byte. */
  swallowed: number;
  /** `X(pinyin)` with X a GB2312 character read that way: a gloss, never injection. */
  glosses: number;
  /** Codes of the annotated Traditional-only characters, with the tone-exact ones counted. */
  learned: Map<number, number>;
}

export function scanAnnotations(text: string): AnnotationScan {
  const scan: AnnotationScan = { injected: 0, swallowed: 0, glosses: 0, learned: new Map() };
  const encode = gbkEncodeTable();
  scanOpeners(text, '(', (at) => {
    const annotation = annotationAt(text, at);
    if (!annotation || at === 0) return;
    const code = codeBefore(text, at, encode);
    if (code < 0 || !isHanCode(code)) return;
    const match = readingMatch(code, annotation.syllable);
    if (match === ReadingMatch.None) return;
    if (isGb2312(code)) scan.glosses++;
    else {
      scan.injected++;
      scan.learned.set(code, (scan.learned.get(code) ?? 0) + (match === ReadingMatch.Exact ? 1 : 0));
    }
  });
  scanOpeners(text, '?', (at) => {
    if (at === 0 || !annotationAt(text, at)) return;
    // The stray lead byte follows a two-byte character, or a recovered one (chained: `?qǐng)?bào)`).
    const before = text.charCodeAt(at - 1);
    if (before === 0x29 || encode[before] - 1 > 0xff) scan.swallowed++;
  });
  return scan;
}

/**
 * The two GBK bytes before `text[at]` as a code, or -1: the character before, or (the site's
 * replace is not multibyte-aware) the last byte of the one before that and an ASCII character:
 * 年P is C4EA 50, and EA50 is 關, so `年P(guān)` is an injection.
 */
function codeBefore(text: string, at: number, encode: Int32Array): number {
  const last = at > 0 ? encode[text.charCodeAt(at - 1)] - 1 : -1;
  if (last > 0xff || last < 0) return last;
  const previous = at > 1 ? encode[text.charCodeAt(at - 2)] - 1 : -1;
  if (previous < 0) return -1;
  const code = ((previous & 0xff) << 8) | last;
  return isLeadByte(code >> 8) && isTrailByte(last) ? code : -1;
}

function scanOpeners(text: string, opener: string, visit: (at: number) => void): void {
  for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) if (mayOpenAnnotation(text, at)) visit(at);
}

/**
 * Share of the occurrences of annotated characters that carry their annotation. The mirrors
 * annotate a listed character everywhere (1.0 on every corpus page); a teaching text glosses a
 * word once and then uses it plain.
 */
export function annotationConsistency(text: string, scan: AnnotationScan): number {
  if (!scan.injected) return 0;
  const decode = gbkDecodeTable();
  const annotated = new Uint8Array(0x10000);
  for (const code of scan.learned.keys()) annotated[decode[code]] = 1;
  let occurrences = 0;
  for (let i = 0; i < text.length; i++) occurrences += annotated[text.charCodeAt(i)];
  return scan.injected / Math.max(occurrences, scan.injected);
}

/** Injection annotates only Traditional-only characters; glosses annotate common shared ones too. */
export function looksInjected(scan: AnnotationScan, minimum: number): boolean {
  const count = scan.injected + scan.swallowed;
  return count >= minimum && scan.glosses * 20 < count;
}
