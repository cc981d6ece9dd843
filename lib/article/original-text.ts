// The page's own text for each text node of a converted copy. Extraction runs on the page as
// the reader sees it (converted); the page session knows what each of the page's text nodes
// held before conversion. Readability and the sanitiser move and merge the page's nodes, so the
// copy's texts are found again in the page's shown texts, in order, and each takes the page's
// own text of the nodes it came from. Pure string work: the DOM walk is the caller's.
import type { OriginalText } from './types';

/** The page's text nodes in document order: what each shows, and the page's own text there. */
export interface PageTexts {
  shown: readonly string[];
  own: readonly string[];
}

export interface Alignment {
  /** Per copy text: the page's own text, or null where it is the copy's (or was not found). */
  texts: (string | null)[];
  /** Copy texts with Han characters that could not be traced to the page (they keep the copy's). */
  unmatched: number;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const BLANK = /^\s*$/;

/** Where each page text starts in the joined shown text. */
class ShownIndex {
  readonly joined: string;
  private starts: number[] = [];
  constructor(readonly page: PageTexts) {
    let at = 0;
    for (const text of page.shown) {
      this.starts.push(at);
      at += text.length;
    }
    this.joined = page.shown.join('');
  }

  /** The node holding joined offset `offset` (the last node starting at or before it). */
  nodeAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /**
   * The page's own text for joined range [from, to): whole nodes give their own text; a node
   * cut by the range gives the same slice of its own text when conversion kept its length
   * (character conversion), otherwise the range cannot be traced (null).
   */
  ownOf(from: number, to: number): string | null {
    let out = '';
    for (let node = this.nodeAt(from); node < this.starts.length && this.starts[node] < to; node++) {
      const start = this.starts[node];
      const shown = this.page.shown[node];
      const own = this.page.own[node];
      const a = Math.max(0, from - start);
      const b = Math.min(shown.length, to - start);
      if (a === 0 && b === shown.length) out += own;
      else if (own.length === shown.length) out += own.slice(a, b);
      else return null;
    }
    return out;
  }
}

/**
 * Finds each copy text in the page's shown texts (from where the previous one ended, then
 * anywhere) and returns the page's own text for it. Texts with no Han character are left as
 * they are: conversion does not touch them.
 */
export function alignWithPage(copyTexts: readonly string[], page: PageTexts): Alignment {
  const index = new ShownIndex(page);
  const texts: (string | null)[] = [];
  let unmatched = 0;
  let cursor = 0;
  for (const text of copyTexts) {
    if (BLANK.test(text) || !HAN.test(text)) {
      texts.push(null);
      continue;
    }
    let at = index.joined.indexOf(text, cursor);
    if (at < 0) at = index.joined.indexOf(text);
    const own = at < 0 ? null : index.ownOf(at, at + text.length);
    if (own === null) unmatched++;
    else cursor = at + text.length;
    texts.push(own === null || own === text ? null : own);
  }
  return { texts, unmatched };
}

/**
 * The page's own form of a title or byline: found like a copy text, else the value as extracted
 * (taken from metadata, which the page session never converts).
 */
export function originalTitle(title: string, page: PageTexts): string {
  return alignWithPage([title], page).texts[0] ?? title;
}

/** The record's OriginalText for a copy whose text nodes hold `copyTexts`; title and byline as extracted. */
export function originalTextOf(
  copyTexts: readonly string[],
  extracted: { title: string; byline: string | null },
  page: PageTexts,
): { original: OriginalText; unmatched: number } {
  const { texts, unmatched } = alignWithPage(copyTexts, page);
  const byline = extracted.byline === null ? null : originalTitle(extracted.byline, page);
  return { original: { title: originalTitle(extracted.title, page), byline, texts }, unmatched };
}
