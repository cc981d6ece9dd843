// Writes tests/fixtures/charset/*: pages whose bytes are GBK or Big5 but whose label
// (HTTP header, <meta>) is wrong or missing, as mis-configured Chinese sites serve them.
// Run: npx tsx scripts/make-charset-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { legacyEncoder, type LegacyCharset } from '@/lib/codec/legacy-tables';

const dir = resolve(import.meta.dirname, '../tests/fixtures/charset');

const SIMPLIFIED = {
  title: '老城区的早市又热闹起来了',
  paragraphs: [
    '天还没亮，老城区的早市就已经人来人往。卖豆浆油条的小摊前排起了长队，空气里满是刚出锅的香味。',
    '一位在这里摆摊二十多年的阿姨说，虽然现在很多人习惯在网上买菜，但老街坊们还是喜欢到早市来，一边挑选新鲜的蔬菜，一边聊聊家常。',
    '区政府去年对市场进行了改造，铺设了新的地面，增加了照明和排水设施。改造以后，摊位更加整齐，环境也干净了许多。',
    '到了周末，不少年轻人也会带着孩子来逛早市，买一把青菜、几个包子，感受城市里难得的烟火气。',
  ],
};

const TRADITIONAL = {
  title: '山區小學的圖書館開張了',
  paragraphs: [
    '在偏遠的山區，一所只有六十多名學生的小學終於有了自己的圖書館。開館那天，孩子們排著隊，一個一個走進明亮的閱覽室。',
    '圖書館裡的書大多來自各地讀者的捐贈，從童話故事到科學百科，應有盡有。校長說，過去學生們只能輪流看幾本舊課外書，現在每個人都能借到喜歡的書。',
    '志工們還在週末開設說故事時間，帶著孩子們朗讀、畫圖和演戲。一位五年級的學生說，她最喜歡關於海洋的書，希望將來能親眼看看大海。',
    '學校打算明年再增加一間電腦教室，讓山裡的孩子也能接觸到更多的知識。',
  ],
};

function page(text: typeof SIMPLIFIED, lang: string, meta: string | null): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    `<head>${meta ? `<meta charset="${meta}">` : ''}<title>${text.title}</title>`,
    '<style>body{font:18px/1.7 sans-serif;max-width:760px;margin:24px auto;padding:0 16px}</style></head>',
    '<body>',
    `<h1 id="headline" title="${text.title}">${text.title}</h1>`,
    ...text.paragraphs.map((p, i) => `<p id="p${i + 1}">${p}</p>`),
    '<p><button id="button" onclick="this.dataset.clicked = \'yes\'">OK</button></p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface Fixture {
  name: string;
  text: typeof SIMPLIFIED;
  lang: string;
  charset: LegacyCharset | 'utf-8';
  /** What the server says in Content-Type (null: no charset parameter). */
  header: string | null;
  meta: string | null;
}

const FIXTURES: Fixture[] = [
  { name: 'gbk-labelled-utf8', text: SIMPLIFIED, lang: 'zh-CN', charset: 'gbk', header: 'utf-8', meta: null },
  { name: 'gbk-header-utf8-meta-gbk', text: SIMPLIFIED, lang: 'zh-CN', charset: 'gbk', header: 'utf-8', meta: 'gbk' },
  { name: 'gbk-labelled-latin1', text: SIMPLIFIED, lang: 'zh-CN', charset: 'gbk', header: 'iso-8859-1', meta: null },
  { name: 'gbk-unlabelled', text: SIMPLIFIED, lang: 'zh-CN', charset: 'gbk', header: null, meta: null },
  { name: 'big5-labelled-utf8', text: TRADITIONAL, lang: 'zh-TW', charset: 'big5', header: 'utf-8', meta: null },
  { name: 'big5-meta-utf8', text: TRADITIONAL, lang: 'zh-TW', charset: 'big5', header: null, meta: 'utf-8' },
  { name: 'big5-unlabelled', text: TRADITIONAL, lang: 'zh-TW', charset: 'big5', header: null, meta: null },
  // The reverse: a UTF-8 page the server calls GBK; the browser shows UTF-8-read-as-GBK mojibake.
  { name: 'utf8-labelled-gbk', text: SIMPLIFIED, lang: 'zh-CN', charset: 'utf-8', header: 'gbk', meta: null },
];

mkdirSync(dir, { recursive: true });
const expected: Record<string, { title: string; paragraphs: string[] }> = {};
for (const f of FIXTURES) {
  // The <html lang> is left out on purpose: many such sites do not declare it.
  const html = page(f.text, f.lang, f.meta).replace(` lang="${f.lang}"`, '');
  const bytes = f.charset === 'utf-8' ? new TextEncoder().encode(html) : legacyEncoder(f.charset).encode(html);
  writeFileSync(resolve(dir, `${f.name}.html`), bytes);
  const type = f.header ? `text/html; charset=${f.header}` : 'text/html';
  writeFileSync(resolve(dir, `${f.name}.html.headers.json`), JSON.stringify({ 'content-type': type }) + '\n');
  expected[f.name] = f.text;
}
writeFileSync(resolve(dir, 'expected.json'), JSON.stringify(expected, null, 1) + '\n');
console.log(`wrote ${FIXTURES.length} pages to ${dir}`);
