// The 25 real news pages of ../shared/corpus/pages are clean text: the engine, given their texts in
// the slices a page session writes (about 16,000 characters), must find no garble and change
// nothing. A line naming a singer (孖王菀之) was once "reversed" as mojibake in the page (see
// tests/unit/garbles/clean-cantonese.test.ts); 帝后 and the place 后里 were taken for careless
// Simplified-to-Traditional conversion.
import { expect, test } from 'vitest';
import { corpusPages } from '@/tests/harness/corpus-pages';
import { detectGarbles, repairTexts } from '@/lib/engine';

const SLICE_CHARS = 16_000;

/** The page's texts, roughly as its text nodes hold them (markup, scripts and styles taken out). */
function pageTexts(html: string): string[] {
  return html
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 1);
}

function* slices(texts: string[]): Generator<string[]> {
  for (let i = 0; i < texts.length; ) {
    const slice: string[] = [];
    for (let chars = 0; i < texts.length && chars < SLICE_CHARS; i++) (slice.push(texts[i]), (chars += texts[i].length));
    yield slice;
  }
}

const pages = corpusPages();

test('all 25 real pages are read', () => {
  expect(pages.length).toBe(25);
});

test.each(pages.map((page) => [page.slug, page] as const))('%s: no garble is found and no text is changed', (_slug, page) => {
  const html = new TextDecoder(page.charset === 'gbk' ? 'gb18030' : 'utf-8').decode(page.bytes());
  const texts = pageTexts(html);
  expect(texts.length).toBeGreaterThan(20);
  // A false alarm is not harmless even when the repair then declines: every text of the slice
  // goes through the per-text passes (on a 3 MB page, most of Qingwen's longest stretches).
  const found: string[] = [];
  const changed: string[] = [];
  for (const slice of slices(texts)) {
    found.push(...detectGarbles(slice.join('\n')).map((finding) => finding.kind));
    repairTexts(slice).texts.forEach((text, k) => text !== slice[k] && changed.push(`${slice[k]} -> ${text}`));
  }
  expect(found).toEqual([]);
  expect(changed).toEqual([]);
});
