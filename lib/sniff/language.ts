// The first look at a page, made in the content script before any engine is loaded: is this
// text Chinese (and in which script, roughly), Japanese, Korean, garbled by a wrong charset,
// or something else? Pure functions over a text sample of bounded size; no DOM, no tables
// beyond a few hundred frequent characters.
import { FREQUENT_SIMPLIFIED, FREQUENT_TRADITIONAL } from './script-marks.generated';

export type SniffLanguage = 'chinese' | 'japanese' | 'korean' | 'misdecoded' | 'other';
export type ScriptGuess = 'simplified' | 'traditional' | 'unknown';

/** Character counts of a sample: everything the verdicts below need. */
export interface SampleCounts {
  /** Non-whitespace characters. */
  visible: number;
  han: number;
  /** Hiragana and katakana, without the two marks Chinese text borrows (・ and ー). */
  kana: number;
  hangul: number;
  replacement: number;
  /** Latin-1 letters and windows-1252 symbols: GBK or Big5 bytes read as 8-bit text. */
  eightBit: number;
  simplifiedMarks: number;
  traditionalMarks: number;
}

const SIMPLIFIED = 1;
const TRADITIONAL = 2;
let marks: Map<number, number> | undefined;

function scriptMarks(): Map<number, number> {
  if (marks) return marks;
  marks = new Map();
  for (let i = 0; i < FREQUENT_SIMPLIFIED.length; i++) marks.set(FREQUENT_SIMPLIFIED.charCodeAt(i), SIMPLIFIED);
  for (let i = 0; i < FREQUENT_TRADITIONAL.length; i++) marks.set(FREQUENT_TRADITIONAL.charCodeAt(i), TRADITIONAL);
  return marks;
}

export function emptyCounts(): SampleCounts {
  return { visible: 0, han: 0, kana: 0, hangul: 0, replacement: 0, eightBit: 0, simplifiedMarks: 0, traditionalMarks: 0 };
}

/** Adds the characters of `text` to `counts` (so a sample can be read node by node). */
export function countSample(text: string, counts: SampleCounts = emptyCounts()): SampleCounts {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) continue;
    counts.visible++;
    if (c < 0xa1) continue;
    if (c <= 0xff) counts.eightBit++;
    else if (c >= 0x4e00 && c <= 0x9fff) {
      counts.han++;
      const mark = (marks ?? scriptMarks()).get(c); // built at the first Han character: an English page never builds it
      if (mark === SIMPLIFIED) counts.simplifiedMarks++;
      else if (mark === TRADITIONAL) counts.traditionalMarks++;
    } else if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) counts.han++;
    else if (isKanaUnit(c)) counts.kana++;
    else if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f)) counts.hangul++;
    else if (c === 0xfffd) counts.replacement++;
    else if (c === 0x152 || c === 0x153 || c === 0x160 || c === 0x161 || c === 0x178 || c === 0x17d || c === 0x17e ||
      c === 0x192 || c === 0x2c6 || c === 0x2dc || (c >= 0x2018 && c <= 0x2030) || c === 0x2039 || c === 0x203a ||
      c === 0x20ac || c === 0x2122) counts.eightBit++;
  }
  return counts;
}

/** Hiragana, katakana and half-width katakana; not ・ (U+30FB) or ー (U+30FC), which Chinese text uses too. */
function isKanaUnit(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0xff66 && c <= 0xff9d);
}

const KANA = /[\u3041-\u3096\u30a1-\u30fa\uff66-\uff9d]/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * A text whose kana stand beside its kanji is Japanese (東京の天気, 取り組む): Qingwen leaves it
 * as it is, even on a Chinese page. One の in Chinese prose (小林の店, 靚太の美容) does not make it so.
 */
export function isJapaneseText(text: string): boolean {
  const kana = text.match(KANA)?.length ?? 0;
  if (kana === 0) return false;
  const han = text.match(HAN)?.length ?? 0;
  return kana >= 2 || kana * 4 >= han;
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/g;

/**
 * A text written mostly in Hangul is Korean, its hanja too (대한민국 國會 議員): Qingwen leaves
 * it as it is, even on a Chinese page. A Korean name beside it in a Chinese sentence
 * (韓國總統尹錫悅（윤석열）表示) does not make it so.
 */
export function isKoreanText(text: string): boolean {
  const hangul = text.match(HANGUL)?.length ?? 0;
  return hangul > 0 && hangul >= (text.match(HAN)?.length ?? 0);
}

/** What a page's declared language (html lang, Content-Language) settles on its own. */
export function languageFromTag(tag: string | null | undefined): SniffLanguage | null {
  const lang = (tag ?? '').trim().toLowerCase();
  if (lang.startsWith('zh')) return 'chinese';
  if (lang.startsWith('ja')) return 'japanese';
  if (lang.startsWith('ko')) return 'korean';
  return null; // 'en' on a Chinese page is common (templates): the text decides
}

/** Visible characters without Han after which a page with nothing else to go on is not Chinese. */
export const EARLY_OTHER_CHARS = 600;

/**
 * The language of a sample, or null while it is too small to say. `final`: no more text is
 * coming (the page finished parsing, or the budget is spent), so decide with what there is.
 * `otherAfter`: visible characters without Han that settle "not Chinese" before then.
 */
export function languageOf(counts: SampleCounts, final: boolean, otherAfter = EARLY_OTHER_CHARS): SniffLanguage | null {
  const { han, kana, hangul, visible } = counts;
  // Bytes decoded with the wrong charset come first: GBK read as UTF-8 leaves U+FFFD and, where
  // byte pairs happen to form valid UTF-8, stray kana and hangul that would pass for Japanese.
  const misdecoded = misdecodeSign(counts);
  if (misdecoded && counts.replacement + counts.eightBit >= 60) return 'misdecoded';
  // Japanese prose is a third kana or more; a Chinese page may show a few (の in shop names).
  if (kana >= 5 && kana * 10 >= han) return 'japanese';
  if (hangul >= 10 && hangul * 3 >= han) return 'korean';
  if (han >= 40 && kana * 20 < han) return 'chinese';
  if (misdecoded && final) return 'misdecoded';
  // A page whose first hundreds of characters hold no Han and no debris is not Chinese: stop here.
  if (!final && han === 0 && visible >= otherAfter && counts.replacement + counts.eightBit < visible * 0.05) return 'other';
  if (!final) return null;
  if (han >= 20 || (han >= 4 && han / Math.max(1, visible) > 0.2)) return kana * 10 >= han && kana > 0 ? 'japanese' : 'chinese';
  return misdecoded ? 'misdecoded' : 'other';
}

/**
 * A title that is plainly in another language: letters, no Han, kana or hangul, and none of the
 * debris a wrong charset leaves. Curly quotes and accents count as possible debris (’ is a
 * windows-1252 byte), but a title of mojibake is dense with them: a few are prose.
 */
export function isForeignTitle(title: string): boolean {
  const counts = countSample(title);
  return counts.visible >= 8 && counts.han === 0 && counts.kana === 0 && counts.hangul === 0 &&
    counts.replacement === 0 && counts.eightBit <= counts.visible * 0.1;
}

export type MisdecodeSign = 'replacement-chars' | 'eight-bit-mojibake';

/**
 * GBK or Big5 bytes read as UTF-8 leave runs of U+FFFD; read as latin-1 / windows-1252 they
 * leave mostly 8-bit letters (ÄãºÃ), far denser than accents in any European text.
 */
export function misdecodeSign(counts: SampleCounts): MisdecodeSign | null {
  const visible = Math.max(1, counts.visible);
  if (counts.replacement >= 8 && counts.replacement / visible > 0.03) return 'replacement-chars';
  if (counts.eightBit >= 30 && counts.eightBit / visible > 0.3) return 'eight-bit-mojibake';
  return null;
}

/** The page's script as far as its most frequent marks tell; the engine's verdict settles it. */
export function guessScript(counts: SampleCounts): ScriptGuess {
  const { simplifiedMarks: s, traditionalMarks: t } = counts;
  if (t >= 3 && s * 10 <= t) return 'traditional';
  if (s >= 3 && t * 10 <= s) return 'simplified';
  return 'unknown';
}
