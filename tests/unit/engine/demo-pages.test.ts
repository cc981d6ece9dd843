// The generated demo pages (scripts/make-fixture-pages.ts) show what their manifest says, and the
// engine repairs their text: the same pages the end-to-end tests open in a browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { detectGarbles, loadWordModel, repairText, repairTexts } from '@/lib/engine';

const demo = resolve(import.meta.dirname, '../../fixtures/demo');
const manifest: { file: string; kind: string; recoverable: boolean; expectContains: string[] }[] = JSON.parse(
  readFileSync(resolve(demo, 'mojibake-pages.json'), 'utf8'),
);

/** Text of each <p>/<h1> as the browser would show it. */
function blocks(html: string): string[] {
  return [...html.matchAll(/<(?:h1|p)[^>]*>([\s\S]*?)<\/(?:h1|p)>/g)].map((m) =>
    m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

beforeAll(() => loadWordModel());

test('the demo article: its byline comes back as the reporter wrote it (記者, the lost trail byte chosen by the word model)', () => {
  const texts = blocks(readFileSync(resolve(demo, 'index.html'), 'utf8'));
  const { texts: repaired, report } = repairTexts(texts);
  expect(repaired[1]).toMatch(/^濱江日報記者\s林曉嵐$/);
  // The choice is still reported, with its confidence.
  const choice = report.unrecoverable.find((s) => s.item === 1);
  expect(choice?.text[0]).toBe('者');
  expect(choice?.confidence).toBeGreaterThan(0.9);
});

test('the manifest lists the eleven demo pages, covering eight garble kinds', () => {
  expect(manifest).toHaveLength(11);
  expect(new Set(manifest.map((page) => page.kind)).size).toBe(8);
});

describe.each(manifest)('$file', ({ file, kind, recoverable, expectContains }) => {
  const texts = blocks(readFileSync(resolve(demo, file), 'utf8'));

  test(`shows ${kind}`, () => {
    expect(detectGarbles(texts.join('\n')).map((g) => g.kind)).toContain(kind);
  });

  test('repairs to the article', () => {
    const repaired = texts.map((t) => repairText(t).text).join('\n');
    for (const clause of expectContains) expect(repaired).toContain(clause);
    if (!recoverable) expect(repairText(texts.join('\n')).report.unrecoverable.length).toBeGreaterThan(0);
  });
});
