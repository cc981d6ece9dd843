// The reader's selection survives a redraw of the library that changes nothing in the article:
// H then highlights what the reader selected (CI once pressed H on a body drawn afresh, selection gone).
import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
// DOMPurify does not run under happy-dom; what is tested here is the redraw, not the sanitiser.
vi.mock('@/lib/article/sanitize', () => ({ sanitizeArticleHtml: (html: string) => html }));
import { translator } from '@/lib/i18n';
import { ArticleReader } from '@/components/library/ArticleReader';
import { readingPlan } from '@/lib/article/reading-view';
import type { Highlight, SavedArticle } from '@/lib/article/types';

const article: SavedArticle = {
  id: 'a1',
  savedAt: '2026-11-30T00:00:00.000Z',
  title: '山城的一天',
  byline: null,
  siteName: null,
  publishedTime: null,
  lang: 'zh-Hans',
  excerpt: null,
  url: 'https://example.test/a',
  html: '<p>他在后台等着，心里有点着急。</p>',
  text: '他在后台等着，心里有点着急。',
  method: 'readability',
  embeddedImages: 0,
  convertedTo: null,
  detectedScript: 'simplified',
} as SavedArticle;

const asSaved = (text: string) => text; // one function, as the library passes one until the script changes

/** Draws the reader of `article` into `host`, as the library does on each of its redraws. */
function drawReader(host: HTMLElement, onAnnotate: (patch: Pick<SavedArticle, 'highlights' | 'tags'>) => unknown) {
  act(() => render(
    <ArticleReader t={translator('en')} locale="en" article={article} onExport={() => {}} onDelete={() => {}} view="stored" punctuation={false}
      plan={readingPlan(article, 'stored')} convert={asSaved} onView={() => {}} onAnnotate={(patch) => void onAnnotate(patch)} />,
    host,
  ));
}

test('a redraw with the same record keeps the body and the selection; H highlights it', () => {
  const host = document.createElement('div');
  document.body.append(host);
  const annotated: Highlight[][] = [];
  const draw = () => drawReader(host, (patch) => patch.highlights && annotated.push(patch.highlights));
  draw();
  const text = host.querySelector('[data-testid="reader-body"] p')!.firstChild as Text;
  expect(text.nodeValue).toContain('心里有点');
  const range = document.createRange();
  const at = text.nodeValue!.indexOf('心里有点');
  range.setStart(text, at);
  range.setEnd(text, at + 4);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);

  draw(); // the parent draws again: nothing in the article changed
  expect(host.querySelector('[data-testid="reader-body"] p')!.firstChild).toBe(text);
  act(() => void dispatchEvent(new KeyboardEvent('keydown', { key: 'h' })));
  expect(annotated.map((list) => list.map((h) => h.text))).toEqual([['心里有点']]);
  act(() => render(null, host));
  host.remove();
});

test('tags being typed survive a redraw of the library, and are saved when the box is left', () => {
  const host = document.createElement('div');
  document.body.append(host);
  const saved: string[][] = [];
  const draw = () => drawReader(host, (patch) => patch.tags && saved.push(patch.tags));
  draw();
  const box = host.querySelector('[data-testid="tags"]') as HTMLInputElement;
  act(() => {
    box.value = '城市, 經濟';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  draw(); // the list refreshed (a search ended) while the reader was typing
  expect(box.value).toBe('城市, 經濟');
  act(() => void box.dispatchEvent(new Event('change', { bubbles: true })));
  expect(saved).toEqual([['城市', '經濟']]);
  act(() => render(null, host));
  host.remove();
});
