// A saved article as one self-contained HTML file. Its own CSP forbids every script, so even
// opened from disk it stays a document.
import type { SavedArticle } from './types';
import { metadataPairs } from './front-matter';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.8 "Noto Serif CJK SC","Noto Serif CJK TC","Source Han Serif",serif;color:#222;background:#fdfdf8;text-align:justify;line-break:strict}
h1{line-height:1.4}img{max-width:100%;height:auto}dl{font-size:14px;color:#666}dt{float:left;margin-right:.5em}dd{margin:0}
@media (prefers-color-scheme:dark){body{color:#ddd;background:#1c1c1e}a{color:#8ab4f8}dl{color:#aaa}}`;

/** `sanitizedHtml` is the body, already sanitised for this rendering. */
export function articleToHtml(article: SavedArticle, sanitizedHtml: string): string {
  const meta = metadataPairs(article)
    .filter(([key]) => key !== 'title')
    .map(([key, value]) => `<dt>${escape(key)}:</dt><dd>${escape(value)}</dd>`)
    .join('');
  return `<!doctype html>
<html lang="${escape(article.lang ?? 'zh')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<article>
<h1>${escape(article.title)}</h1>
<dl>${meta}</dl>
${sanitizedHtml}
</article>
</body>
</html>
`;
}
