// Recognises one injected annotation: an opener ('(' or the '?' a transcoder left when it swallowed
// the '('), one Hanyu Pinyin syllable with tone marks, a tone number or none (`fā`, `fa1`,
// `zhong`; ü also as `v` or `u:`), and ')'.
import { resolveSyllable, type Syllable } from './readings';

const MARKED: Record<string, [string, number]> = {};
for (const [base, marks] of Object.entries({ a: 'āáǎà', e: 'ēéěè', i: 'īíǐì', o: 'ōóǒò', u: 'ūúǔù', ü: 'ǖǘǚǜ', n: 'ńňǹ', m: 'ḿ' }))
  [...marks].forEach((mark, i) => (MARKED[mark] = [base, base === 'n' ? i + 2 : base === 'm' ? 2 : i + 1]));
const COMBINING_TONE: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };
const LONGEST = 7; // "zhuang" plus a combining mark

export interface Annotation {
  /** Index just after the closing ')'. */
  end: number;
  syllable: Syllable;
}

/**
 * Parsed annotation contents ("qǐng") -> syllable, or null: a page repeats the same few hundred.
 * Keyed by a hash of the contents so the hot path allocates nothing; the entry keeps the contents
 * to rule out collisions.
 */
const parsed = new Map<number, { contents: string; syllable: Syllable | null }>();
const PARSED_LIMIT = 4096; // random text can hold many distinct contents: keep memory bounded

/** `text[at]` is the opener; returns the annotation starting there, or null. */
export function annotationAt(text: string, at: number): Annotation | null {
  const last = Math.min(text.length - 1, at + LONGEST + 1);
  let hash = 0;
  for (let i = at + 1; i <= last; i++) {
    const unit = text.charCodeAt(i);
    if (unit !== 0x29) {
      hash = (Math.imul(hash, 31) + unit) | 0;
      continue;
    }
    if (i === at + 1) return null;
    let entry = parsed.get(hash);
    if (!entry || entry.contents.length !== i - at - 1 || !text.startsWith(entry.contents, at + 1)) {
      if (parsed.size >= PARSED_LIMIT) parsed.clear();
      const contents = text.slice(at + 1, i);
      parsed.set(hash, (entry = { contents, syllable: parseSyllable(contents) }));
    }
    return entry.syllable && { end: i + 1, syllable: entry.syllable };
  }
  return null;
}

/** One syllable, tone-marked (combining marks too) or toneless; null if not pinyin. */
function parseSyllable(raw: string): Syllable | null {
  // ASCII-only mirrors write ü as v (handled below) or as u: (lu:4, nu:).
  const contents = raw.includes('u:') ? raw.replaceAll('u:', 'ü') : raw;
  let base = '';
  let tone = 0;
  const last = contents[contents.length - 1];
  const numbered = last >= '0' && last <= '5' ? Number(last) % 5 : -1; // 5 and 0: neutral tone
  for (const ch of numbered < 0 ? contents : contents.slice(0, -1)) {
    if (ch >= 'a' && ch <= 'z') base += ch === 'v' ? 'ü' : ch;
    else if (ch === 'ü' || ch === 'ê') base += ch;
    else if (MARKED[ch] && !tone) {
      base += MARKED[ch][0];
      tone = MARKED[ch][1];
    } else if (COMBINING_TONE[ch] && !tone && base) tone = COMBINING_TONE[ch];
    else return null;
  }
  if (!base || (numbered >= 0 && tone)) return null;
  const syllable = numbered >= 0 ? resolveSyllable(base + numbered, true) : resolveSyllable(tone ? base + tone : base, tone > 0);
  return syllable.base < 0 ? null : syllable;
}

/** Cheap pre-check used in hot loops: could `text[at]` open an annotation? */
export function mayOpenAnnotation(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  return (next >= 0x61 && next <= 0x7a) || (next >= 0xe0 && next <= 0x1e3f);
}
