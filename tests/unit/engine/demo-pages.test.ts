// The generated demo pages (scripts/make-fixture-pages.ts) show what their manifest says, and the
// engine repairs their text: the same pages the end-to-end tests open in a browser.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectGarbles, repairText } from '@/lib/engine';

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

test('the manifest lists the ten demo pages, covering seven garble kinds', () => {
  expect(manifest).toHaveLength(10);
  expect(new Set(manifest.map((page) => page.kind)).size).toBe(7);
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
