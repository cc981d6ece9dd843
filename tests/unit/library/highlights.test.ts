// Highlights anchored in the stored copy: they sit on the same words in every script the reader
// switches to (phrase conversion may change lengths), map back from a converted selection, stay
// out of each other, export as ==text== / <mark>, and survive the ZIP round trip.
import { expect, test } from 'vitest';
import { Window } from 'happy-dom';
import type { Highlight } from '@/lib/article/types';
import { createConverter } from '@/lib/convert';
import { addHighlight, highlightsHtml, highlightsMarkdown, parseTags, segmentsOf, storedOffset } from '@/lib/article/highlights';
import { renderBody } from '@/lib/article/render-body';
import { libraryToZip, zipToLibrary } from '@/lib/library/zip';
import { sampleArticle } from './sample-article';

const highlight = (over: Partial<Highlight>): Highlight => ({ id: 'h1', node: 0, start: 0, end: 1, text: '', note: '', createdAt: '2026-11-30T12:00:00.000Z', ...over });

test('a text node is cut at highlight edges; an anchor that no longer fits its text is ignored', () => {
  const text = '清晨六點，江邊的綠道上。';
  const h = highlight({ start: 5, end: 9, text: '江邊的綠' });
  expect(segmentsOf(0, text, [h]).map((s) => text.slice(s.start, s.end))).toEqual(['清晨六點，', '江邊的綠', '道上。']);
  expect(segmentsOf(0, text, [{ ...h, text: '別的字' }])).toHaveLength(1);
  expect(segmentsOf(1, text, [h])).toHaveLength(1);
});

test('overlapping or empty highlights are refused', () => {
  const first = highlight({ start: 2, end: 6, text: 'abcd' });
  expect(addHighlight([first], highlight({ id: 'h2', start: 5, end: 8, text: 'xyz' }))).toBeNull();
  expect(addHighlight([first], highlight({ id: 'h2', start: 6, end: 6, text: '' }))).toBeNull();
  expect(addHighlight([first], highlight({ id: 'h2', start: 6, end: 8, text: 'ef' }))).toHaveLength(2);
});

test('marks sit on the same words in every script, and a selection in a converted view maps back', async () => {
  const win = new Window();
  const doc = win.document as unknown as Document;
  // 計程車 -> 出租车 keeps the length; 資訊 -> 信息 too; 軟體 -> 软件; 自行車 stays three characters.
  const html = '<p>他搭<b>計程車</b>去買軟體，順便查資訊。</p><p>第二段：騎自行車回家。</p>';
  const stored = renderBody(html, doc, []);
  expect(stored.texts).toEqual(['他搭', '計程車', '去買軟體，順便查資訊。', '第二段：騎自行車回家。']);
  const highlights = [highlight({ id: 'a', node: 2, start: 2, end: 4, text: '軟體', note: '軟體＝software' }), highlight({ id: 'b', node: 3, start: 6, end: 8, text: '行車' })];
  for (const target of ['simplified', 'taiwan-phrases', 'hongkong'] as const) {
    const converter = await createConverter(target);
    const shown = renderBody(html, doc, highlights, (text) => converter.convert(text));
    const marks = Array.from(shown.root.querySelectorAll('mark'));
    expect(marks.map((m) => m.textContent)).toEqual(highlights.map((h) => converter.convert(h.text)));
    expect(marks[0].getAttribute('title')).toBe('軟體＝software');
    // Selecting the shown mark's text gives back the stored anchor.
    for (const [text, segment] of shown.segments) {
      if (!segment.highlight) continue;
      expect(storedOffset(segment, 0, text.length)).toBe(segment.highlight.start);
      expect(storedOffset(segment, text.length, text.length)).toBe(segment.highlight.end);
    }
  }
  // A phrase that changes length: the ends stay exact, the middle maps proportionally within the segment.
  const segment = { node: 0, start: 10, end: 13, highlight: null };
  expect(storedOffset(segment, 0, 2)).toBe(10);
  expect(storedOffset(segment, 2, 2)).toBe(13);
  expect(storedOffset(segment, 1, 2)).toBeGreaterThanOrEqual(11);
  await win.happyDOM.close();
});

test('Markdown shows ==text== with the note as a blockquote; HTML a <mark>', () => {
  const highlights = [highlight({ id: 'b', node: 3, start: 0, end: 2, text: '第二' }), highlight({ id: 'a', node: 1, start: 0, end: 2, text: '江邊', note: '很美\n想去' })];
  expect(highlightsMarkdown(highlights)).toBe('## Highlights\n\n==江邊==\n\n> 很美\n> 想去\n\n==第二==\n');
  expect(highlightsHtml(highlights)).toBe('<section class="highlights"><h2>Highlights</h2><ul><li><mark>江邊</mark><blockquote>很美\n想去</blockquote></li><li><mark>第二</mark></li></ul></section>');
  expect(parseTags('經濟, 城市　交通，經濟')).toEqual(['經濟', '城市', '交通']);
});

test('highlights, notes and tags survive the ZIP round trip; a malformed highlight is refused', () => {
  const article = sampleArticle({ highlights: [highlight({ node: 1, start: 0, end: 4, text: '清晨六點', note: '開頭' })], tags: ['城市', '綠道'] });
  const [back] = zipToLibrary(libraryToZip([article]));
  expect(back.highlights).toEqual(article.highlights);
  expect(back.tags).toEqual(['城市', '綠道']);
  const broken = sampleArticle({ highlights: [{ ...article.highlights![0], start: 5, end: 2 }] });
  expect(() => zipToLibrary(libraryToZip([broken]))).toThrow();
});
