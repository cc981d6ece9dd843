// Writes one demo page per kind of mojibake into tests/fixtures/demo/ (UTF-8 files whose text
// already holds the garble, as a CMS would have stored it), made by applying the real
// mechanism to the project's own article (tests/fixtures/source/article-zh-hans.txt, and its
// Traditional form; for Big5-HKSCS that lost its lead bytes, a Cantonese article written for the
// project, article-zh-hk-cantonese.txt). The clean site chrome stays clean, so a repair must
// work run by run.
// Also writes mojibake-pages.json: per page, the kind and clauses the repaired page must show
// (checked here with the engine, so a regression shows up when the pages are regenerated).
// Run: npx tsx scripts/make-fixture-pages.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { legacyEncoder, WINDOWS_1252_C1 } from '@/lib/codec/legacy-tables';
import { repairText } from '@/lib/engine';
import type { GarbleKind } from '@/lib/engine/types';
import { loseLeads } from '@/tests/unit/garbles/big5-lost-lead/mechanism';
import { charByCharS2t } from '@/tests/harness/corrupt';

const root = resolve(import.meta.dirname, '..');
const simplified = readFileSync(resolve(root, 'tests/fixtures/source/article-zh-hans.txt'), 'utf8').trim();
const traditional: string = OpenCC.Converter({ from: 'cn', to: 'tw' })(simplified);
const cantonese = readFileSync(resolve(root, 'tests/fixtures/source/article-zh-hk-cantonese.txt'), 'utf8').trim();

const utf8 = (text: string) => new TextEncoder().encode(text);
const gbk = (text: string) => legacyEncoder('gbk').encode(text);
const asGbk = (bytes: Uint8Array) => new TextDecoder('gbk').decode(bytes);
const asUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** Bytes read as windows-1252 the way browsers do (Node's decoder is latin-1 for 0x80-0x9F). */
const as1252 = (bytes: Uint8Array) => String.fromCharCode(...[...bytes].map((b) => (b >= 0x80 && b < 0xa0 && WINDOWS_1252_C1[b - 0x80]) || b));

/**
 * What careless converters do with one-to-many characters (garbles.md section 5): 面->麵, 历->曆,
 * 复->複, 里->裏, and 后 于 么 并 left as they were.
 */
const OVER_CONVERSIONS: Record<string, string> = { 面: '麵', 历: '曆', 复: '複', 里: '裏', 后: '后', 于: '于', 么: '么', 并: '并' };
/** A careless mirror: the first Traditional form of each character, plus the usual over-conversions. */
const carelessS2t = (text: string) => charByCharS2t(text, OVER_CONVERSIONS);

interface Page {
  file: string;
  kind: GarbleKind;
  title: string;
  lang: 'zh-CN' | 'zh-TW';
  /** The clean article; `garble` turns each line of it into what the page shows. */
  source: string;
  garble(line: string, index: number): string;
  recoverable: boolean;
}

const PAGES: Page[] = [
  { file: 'utf8-as-gbk.html', kind: 'utf8-as-gbk', title: 'UTF-8 read as GBK', lang: 'zh-CN', source: simplified, garble: (l) => asGbk(utf8(l)), recoverable: true },
  { file: 'utf8-as-gbk-hant.html', kind: 'utf8-as-gbk', title: 'UTF-8 read as GBK (Traditional)', lang: 'zh-TW', source: traditional, garble: (l) => asGbk(utf8(l)), recoverable: true },
  { file: 'utf8-as-gbk-multiround.html', kind: 'utf8-as-gbk', title: 'UTF-8 read as GBK, twice', lang: 'zh-CN', source: simplified, garble: (l) => asGbk(utf8(asGbk(utf8(l)))), recoverable: true },
  { file: 'gbk-as-latin1.html', kind: 'gbk-as-latin1', title: 'GBK read as windows-1252', lang: 'zh-CN', source: simplified, garble: (l) => as1252(gbk(l)), recoverable: true },
  { file: 'gbk-as-latin1-hant.html', kind: 'gbk-as-latin1', title: 'GBK read as windows-1252 (Traditional)', lang: 'zh-TW', source: traditional, garble: (l) => as1252(gbk(l)), recoverable: true },
  { file: 'utf8-as-cp1252.html', kind: 'utf8-as-latin1', title: 'UTF-8 read as windows-1252', lang: 'zh-CN', source: simplified, garble: (l) => as1252(utf8(l)), recoverable: true },
  { file: 'double-utf8.html', kind: 'double-utf8', title: 'UTF-8 read as windows-1252 twice', lang: 'zh-CN', source: simplified, garble: (l) => as1252(utf8(as1252(utf8(l)))), recoverable: true },
  {
    // GBK bytes read as UTF-8 (every character becomes U+FFFD), saved as UTF-8, shown as GBK:
    // one paragraph went through that path; its text is gone.
    file: 'kunjinkao.html', kind: 'kunjinkao', title: '锟斤拷', lang: 'zh-CN', source: simplified,
    garble: (l, i) => (i === 3 ? asGbk(utf8(asUtf8(gbk(l)))) : l), recoverable: false,
  },
  { file: 'bad-s2t.html', kind: 'bad-s2t', title: 'character-by-character Simplified to Traditional', lang: 'zh-TW', source: simplified, garble: carelessS2t, recoverable: true },
  {
    // A Hong Kong page whose Big5-HKSCS bytes lost their 0x9D-0xA0 lead bytes (喺 嘅 啲 咗).
    file: 'big5-lost-lead.html', kind: 'big5-lost-lead', title: 'Big5-HKSCS that lost lead bytes', lang: 'zh-TW', source: cantonese, garble: loseLeads, recoverable: true,
  },
  {
    // Paragraphs exported from a spreadsheet (OOXML _x000D_) and entities escaped twice.
    file: 'artifacts.html', kind: 'escape-artifact', title: 'escape artefacts', lang: 'zh-CN', source: simplified,
    garble: (l, i) => (i < 2 ? l : l.replace(/。/g, '。_x000D_ _x000D_').replace(/，/, '，&amp;nbsp;')), recoverable: true,
  },
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CLAUSE = /[^，。；：、“”！？_\s\n]{4,}/g;

const manifest = PAGES.map((page) => {
  const lines = page.source.split('\n');
  const garbled = lines.map((line, i) => page.garble(line, i));
  const [headline, byline, ...paragraphs] = garbled;
  const chrome = page.lang === 'zh-TW' ? ['首頁', '新聞', '聯絡我們', '本站內容轉載自濱江日報'] : ['首页', '新闻', '联系我们', '本站内容转载自滨江日报'];
  const html = `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<title>${escape(headline)}</title>
<style>body{font:18px/1.9 serif;max-width:760px;margin:24px auto;padding:0 16px} nav a{margin-right:12px} footer{color:#888;font-size:13px}</style>
</head>
<body>
<nav><a href="index.html">${chrome[0]}</a><a href="#">${chrome[1]}</a><a href="#">${chrome[2]}</a></nav>
<article>
<h1>${escape(headline)}</h1>
<p class="byline">${escape(byline)}</p>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article>
<footer>${chrome[3]} · Qingwen demo: ${escape(page.title)}</footer>
</body>
</html>
`;
  writeFileSync(resolve(root, 'tests/fixtures/demo', page.file), html);

  // What the repaired page must show: for recoverable kinds, the clauses the engine restores
  // (at least 80% of them, or generation fails); for 锟斤拷, the clean paragraphs around it.
  const repaired = garbled.map((line) => repairText(line).text).join('\n');
  const clauses = page.source.match(CLAUSE) ?? [];
  const restored = clauses.filter((c) => repaired.includes(c));
  if (page.kind !== 'bad-s2t' && restored.length < clauses.length * 0.8)
    throw new Error(`${page.file}: only ${restored.length} of ${clauses.length} clauses restored`);
  return { file: page.file, kind: page.kind, lang: page.lang, recoverable: page.recoverable, expectContains: page.kind === 'bad-s2t' ? [] : restored.slice(0, 12) };
});
writeFileSync(resolve(root, 'tests/fixtures/demo/mojibake-pages.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const m of manifest) console.log(`${m.file.padEnd(28)} ${m.kind.padEnd(16)} ${m.expectContains.length} clauses checked`);
