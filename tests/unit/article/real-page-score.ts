// How well a saved copy matches a real page's reference: the figures the extraction tests
// assert and the report prints. Script-blind (folded) and whitespace-blind throughout.
import { foldForSearch } from '@/lib/convert/search-fold';
import type { PageReference } from './real-pages';

export interface SavedCopy {
  title: string;
  byline: string | null;
  publishedTime: string | null;
  text: string;
  /** Share of the body's text that sits inside links (navigation and related lists are mostly links). */
  linkTextShare: number;
}

export interface PageScore {
  slug: string;
  titleOk: boolean | null;
  bylineOk: boolean | null;
  dateOk: boolean | null;
  /** Reference lines found whole in the saved body; null without a reference body. */
  lineRecall: number | null;
  missing: string[];
  /** Share of the saved body's characters that lie in reference lines (low: page chrome kept). */
  precision: number | null;
  chars: number;
  linkTextShare: number;
}

const squash = (text: string) => foldForSearch(text).replace(/[\s\u00a0\u3000]+/g, '');

export function scoreCopy(reference: PageReference, copy: SavedCopy): PageScore {
  const body = squash(copy.text);
  const missing = reference.lines.filter((line) => !body.includes(squash(line)));
  const title = squash(copy.title);
  const wanted = reference.title === null ? null : squash(reference.title);
  const titleOk = wanted === null ? null : reference.titleIs === 'exact' ? title === wanted : wanted.includes(title) || title.includes(wanted);
  const bylineOk =
    reference.byline === undefined ? null
    : reference.byline === null ? copy.byline === null
    : copy.byline !== null && squash(copy.byline).includes(squash(reference.byline));
  const dateOk = reference.date === undefined ? null : (copy.publishedTime ?? '').includes(reference.date);
  return {
    slug: reference.slug,
    titleOk,
    bylineOk,
    dateOk,
    lineRecall: reference.lines.length ? 1 - missing.length / reference.lines.length : null,
    missing,
    precision: reference.lines.length && body.length ? coverage(body, reference.lines.map(squash)) : null,
    chars: body.length,
    linkTextShare: copy.linkTextShare,
  };
}

/** Share of the text of `root` that is inside <a> elements. */
export function linkTextShare(root: Element): number {
  const all = (root.textContent ?? '').replace(/\s+/g, '').length;
  if (!all) return 0;
  const linked = Array.from(root.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s+/g, '').length, 0);
  return linked / all;
}

/** Characters of `body` inside any of `lines` (each found once, where it first occurs). */
function coverage(body: string, lines: string[]): number {
  const covered = new Uint8Array(body.length);
  for (const line of lines) {
    const at = line ? body.indexOf(line) : -1;
    if (at >= 0) covered.fill(1, at, at + line.length);
  }
  return covered.reduce((sum, v) => sum + v, 0) / body.length;
}
