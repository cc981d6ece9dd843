// What the build ships for saving: the extractor stays out of the always-injected content script,
// extension pages get the strict CSP, and no downloads permission is asked for.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_DIR } from '@/tests/harness/extension';

const read = (path: string) => readFileSync(resolve(EXTENSION_DIR, path), 'utf8');

test('Readability and DOMPurify are in the lazily loaded article bundle only', () => {
  const content = read('content-scripts/content.js');
  const article = read('engine/article.js');
  for (const marker of ['_grabArticle', 'uponSanitizeAttribute']) {
    expect(article).toContain(marker);
    expect(content).not.toContain(marker);
  }
});

test('the manifest locks extension pages down and asks for no downloads permission', () => {
  const manifest = JSON.parse(read('manifest.json'));
  const csp: string = manifest.content_security_policy.extension_pages;
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(manifest.permissions).not.toContain('downloads');
  for (const page of ['popup.html', 'library.html']) expect(read(page)).not.toMatch(/<script(?![^>]*\bsrc=)|\son[a-z]+=/i);
});
