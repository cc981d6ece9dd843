const SAMPLE_CHARS = 4096;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const REPLACEMENT = /\ufffd/g;
/** Latin-1 letters and symbols, and the windows-1252 extras: how GBK/Big5 bytes look when read as 8-bit text. */
const EIGHT_BIT = /[\u00a1-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g;

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The page text the cheap checks look at: the title and the first text of the body. Read
 * node by node, so a huge page costs no more than a small one and inline scripts (often the
 * first thing in a body) are not mistaken for the page's language.
 */
export function textSample(doc: Document, chars = SAMPLE_CHARS): string {
  let sample = doc.title + ' ';
  if (!doc.body) return sample;
  const walker = doc.createTreeWalker(doc.body, 0x4); // text nodes, no filter callback
  for (let node = walker.nextNode(); node && sample.length < chars; node = walker.nextNode()) {
    if (!NOT_TEXT.has(node.parentNode?.nodeName ?? '')) sample += node.nodeValue;
  }
  return sample.slice(0, chars);
}

/**
 * The cheap first step on every page: is there enough Han text to be worth loading
 * the engine? Reads at most a few KB of text; no DOM walk, no dictionary.
 */
export function looksChinese(doc: Document, sample = textSample(doc)): boolean {
  const lang = doc.documentElement.lang.toLowerCase();
  if (lang.startsWith('zh')) return true;
  if (!doc.body) return false;
  const han = sample.match(HAN)?.length ?? 0;
  if (han >= 20 || (han >= 4 && han / Math.max(1, sample.replace(/\s/g, '').length) > 0.2)) return true;
  return looksMisdecoded(sample) !== null;
}

export type MisdecodeSign = 'replacement-chars' | 'eight-bit-mojibake';

/**
 * A page whose bytes were decoded with the wrong charset: GBK or Big5 read as UTF-8
 * leaves runs of U+FFFD; read as latin-1 / windows-1252 it leaves mostly 8-bit
 * letters (ÄãºÃ), far denser than accents in any European text.
 */
export function looksMisdecoded(sample: string): MisdecodeSign | null {
  const visible = Math.max(1, sample.replace(/\s/g, '').length);
  const replacement = sample.match(REPLACEMENT)?.length ?? 0;
  if (replacement >= 8 && replacement / visible > 0.03) return 'replacement-chars';
  const eightBit = sample.match(EIGHT_BIT)?.length ?? 0;
  if (eightBit >= 30 && eightBit / visible > 0.3) return 'eight-bit-mojibake';
  return null;
}
