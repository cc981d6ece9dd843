// The page's own text kept beside a converted copy, on the library's side: which text each
// script view reads from, the body rendered from it node for node (highlights on the same
// words), and the ZIP round trip that keeps it (and refuses a malformed one).
import { expect, test } from 'vitest';
import { Window } from 'happy-dom';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import type { Highlight } from '@/lib/article/types';
import { readingPlan } from '@/lib/article/reading-view';
import { renderBody } from '@/lib/article/render-body';
import { libraryToZip, LibraryImportError, zipToLibrary } from '@/lib/library/zip';
import { sampleArticle } from './sample-article';

// A Traditional page saved by a Simplified reader.
const saved = sampleArticle({
  title: '于先生在后台',
  html: '<p>他在<b>后台</b>等着，心里有点着急。</p>',
  text: '他在后台等着，心里有点着急。',
  detectedScript: 'traditional',
  convertedTo: 'simplified',
  original: { title: '于先生在後台', texts: ['他在', '後台', '等着，心裏有點着急。'] },
});

test('a view in the page’s own script shows its own text; in the copy’s script, the copy; others convert from the page’s text', () => {
  expect(readingPlan(saved, 'stored')).toEqual({ source: 'stored', convertTo: null });
  expect(readingPlan(saved, 'original')).toEqual({ source: 'original', convertTo: null });
  for (const view of ['traditional', 'taiwan', 'hongkong'] as const) expect(readingPlan(saved, view)).toEqual({ source: 'original', convertTo: null });
  expect(readingPlan(saved, 'simplified')).toEqual({ source: 'stored', convertTo: null });
  // Saved as Taiwan from a Simplified page: the copy is Traditional, the page's text Simplified.
  const fromSimplified = { ...saved, detectedScript: 'simplified' as const, convertedTo: 'taiwan' as const };
  expect(readingPlan(fromSimplified, 'simplified')).toEqual({ source: 'original', convertTo: null });
  expect(readingPlan(fromSimplified, 'hongkong')).toEqual({ source: 'stored', convertTo: null });
  // A mixed page is converted in every view, from its own text.
  expect(readingPlan({ ...saved, detectedScript: 'mixed' }, 'taiwan')).toEqual({ source: 'original', convertTo: 'taiwan' });
});

test('a page in the reader’s script with a stray quote converted alone: its script shows the copy, the other converts the page’s text', () => {
  const stray = { ...saved, detectedScript: 'simplified' as const, convertedTo: null };
  expect(readingPlan(stray, 'simplified')).toEqual({ source: 'stored', convertTo: null });
  expect(readingPlan(stray, 'traditional')).toEqual({ source: 'original', convertTo: 'traditional' });
  expect(readingPlan(stray, 'original')).toEqual({ source: 'original', convertTo: null });
});

test('records without the page’s text (older, or never converted) read from the copy, by the copy’s script', () => {
  const { original: _, ...old } = saved;
  expect(readingPlan(old, 'original')).toEqual({ source: 'stored', convertTo: null });
  expect(readingPlan(old, 'taiwan')).toEqual({ source: 'stored', convertTo: 'taiwan' });
  expect(readingPlan(old, 'simplified')).toEqual({ source: 'stored', convertTo: null });
  const unconverted = { ...old, convertedTo: null };
  expect(readingPlan(unconverted, 'hongkong')).toEqual({ source: 'stored', convertTo: null });
});

test('the body from the page’s own text, node for node; highlights on the copy sit on the same words', () => {
  const doc = new Window().document as unknown as Document;
  const highlight: Highlight = { id: 'h', node: 2, start: 3, end: 7, text: '心里有点', note: '', createdAt: '2026-11-30T12:00:00.000Z' };
  const shown = renderBody(saved.html, doc, [highlight], (text) => text, saved.original!.texts);
  expect(shown.root.textContent).toBe('他在後台等着，心裏有點着急。');
  expect(Array.from(shown.root.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['心裏有點']);
  expect(shown.texts).toEqual(['他在', '后台', '等着，心里有点着急。']); // anchors stay in the copy
  // Texts that do not fit the copy node for node are not used (never shown on the wrong nodes).
  expect(renderBody(saved.html, doc, [], (t) => t, ['只有一個']).root.textContent).toBe(saved.text);
});

test('the ZIP round trip keeps the page’s text; a malformed one is refused', () => {
  const zip = libraryToZip([saved]);
  expect(zipToLibrary(zip)).toEqual([saved]);
  const files = unzipSync(zip);
  const record = JSON.parse(strFromU8(files['articles/a1.json']));
  files['articles/a1.json'] = strToU8(JSON.stringify({ ...record, original: { title: 1, texts: 'x' } }));
  expect(() => zipToLibrary(zipSync(files))).toThrow(LibraryImportError);
});
