// Writes the demo site's main article (tests/fixtures/demo/index.html): the project's own
// article (tests/fixtures/source/article-zh-hans.txt) put through what a mirror site does to
// mainland news: a careless character-by-character Simplified->Traditional conversion, then
// pinyin injected into the GBK bytes (tests/harness/corrupt.ts), then served as UTF-8.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { legacyEncoder } from '@/lib/codec/legacy-tables';
import { charByCharS2t, injectPinyin } from '@/tests/harness/corrupt';

const root = resolve(import.meta.dirname, '..');
const source = readFileSync(resolve(root, 'tests/fixtures/source/article-zh-hans.txt'), 'utf8').trim();

/** GBK characters outside GB2312: the only ones the mirrors annotate. */
function isTraditionalOnly(ch: string): boolean {
  const code = legacyEncoder('gbk').codeOf(ch.charCodeAt(0));
  if (code <= 0xff) return false;
  const lead = code >> 8;
  const trail = code & 0xff;
  return !(lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1);
}

const traditional = charByCharS2t(source);
const eligible = [...new Set([...traditional].filter(isTraditionalOnly))];
// A site-specific list: 請 (on the real sites' lists; its bytes match across 日報) and every
// other eligible character, in order of first appearance.
const annotated = ['請', ...eligible.filter((_, i) => i % 2 === 0)];
const [headline, byline, ...paragraphs] = injectPinyin(traditional, annotated).split('\n');

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = `<!doctype html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<title>${escape(headline)} - 濱江日報鏡像站</title>
<style>
  body { font-family: "Noto Serif CJK TC", "Noto Serif CJK SC", serif; margin: 0; background: #f6f4ef; color: #222; }
  header { background: #8c1c13; color: #fff; padding: 10px 24px; font-size: 14px; }
  header a { color: #fff; margin-right: 16px; text-decoration: none; }
  article { max-width: 720px; margin: 24px auto; background: #fff; padding: 24px 40px; line-height: 1.9; font-size: 18px; }
  h1 { font-size: 28px; line-height: 1.4; }
  .byline { color: #666; font-size: 14px; }
  footer { text-align: center; color: #888; font-size: 12px; padding: 24px; }
</style>
</head>
<body>
<header><a href="./">首頁</a><a href="garbles.html">亂碼樣本</a><a href="english.html">English</a></header>
<article>
<h1>${escape(headline)}</h1>
<p class="byline">${escape(byline)}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<footer>Qingwen demo page: written for this project, corrupted with the mirror sites' own mechanism.</footer>
</body>
</html>
`;
writeFileSync(resolve(root, 'tests/fixtures/demo/index.html'), html);
console.log(`annotated ${annotated.length} of ${eligible.length} Traditional-only characters`);
