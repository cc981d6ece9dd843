import { expect, test } from 'vitest';
import { articleToMarkdown } from '@/lib/article/to-markdown';
import { articleToText } from '@/lib/article/to-text';
import { articleToHtml } from '@/lib/article/to-html';
import { exportFileName } from '@/lib/article/filename';
import { sampleArticle } from '@/tests/unit/library/sample-article';

const article = sampleArticle();

test('Markdown has front matter, the title, headings, emphasis and a GFM table', () => {
  const md = articleToMarkdown(article, article.html);
  expect(md.startsWith('---\ntitle: "經濟觀察：城市綠道"\n')).toBe(true);
  expect(md).toContain('url: "https://example.org/news/1.html"');
  expect(md).toContain('repaired: "pinyin-injection ×3"');
  expect(md).toContain('# 經濟觀察：城市綠道');
  expect(md).toContain('## 小標');
  expect(md).toContain('清晨六點，**江邊**的綠道上。');
  expect(md).toMatch(/\| 年 \| 公里 \|\n\| --- \| --- \|\n\| 2025 \| 12 \|/);
});

test('plain text keeps the title, metadata and body', () => {
  const text = articleToText(article);
  expect(text.split('\n')[0]).toBe('經濟觀察：城市綠道');
  expect(text).toContain('byline: 記者 王小明');
  expect(text).toContain('清晨六點，江邊的綠道上。');
});

test('self-contained HTML escapes metadata and forbids scripts with its own CSP', () => {
  const html = articleToHtml(sampleArticle({ title: '<script>alert(1)</script>' }), '<p>體</p>');
  expect(html).toContain("default-src 'none'");
  expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  expect(html).not.toContain('<script>');
  expect(html).toContain('<p>體</p>');
});

test('file names keep Chinese and lose path characters', () => {
  expect(exportFileName('經濟/觀察: "綠道"?', 'md')).toBe('經濟 觀察 綠道.md');
  expect(exportFileName('   ', 'txt')).toBe('article.txt');
});
