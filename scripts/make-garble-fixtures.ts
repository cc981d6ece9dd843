// Writes tests/fixtures/page/garbles.html: one paragraph per kind of mojibake (garbles.md
// section 3 and 4), each made from a clean sentence by the same wrong decoding a CMS or a
// database would apply. The clean sentence is kept in data-expected for the tests.
// (The UTF-8-as-GBK sentence has an even byte count: an odd last byte is lost, see garbles.md.)
// Run: npx tsx scripts/make-garble-fixtures.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { legacyEncoder, WINDOWS_1252_C1 } from '@/lib/codec/legacy-tables';

const utf8 = (text: string) => new TextEncoder().encode(text);
const gbk = (text: string) => legacyEncoder('gbk').encode(text);
const asGbk = (bytes: Uint8Array) => new TextDecoder('gbk').decode(bytes);
/** Bytes read as windows-1252 the way browsers do (Node's decoder is latin-1 for 0x80-0x9F). */
const as1252 = (bytes: Uint8Array) =>
  [...bytes].map((b) => (b >= 0x80 && b < 0xa0 && WINDOWS_1252_C1[b - 0x80] ? String.fromCharCode(WINDOWS_1252_C1[b - 0x80]) : String.fromCharCode(b))).join('');
const cp1252 = (text: string) => legacyEncoder('windows-1252').encode(text);

interface Sample {
  id: string;
  kind: string;
  clean: string;
  garbled: string;
  /** False where the bytes are gone and only a report is expected. */
  recoverable: boolean;
}

const SAMPLES: Sample[] = [
  { id: 'utf8-as-gbk', kind: 'UTF-8 read as GBK', clean: '周末的早市上，新鲜的蔬菜和水果摆满了摊位', garbled: '', recoverable: true },
  { id: 'gbk-as-latin1', kind: 'GBK read as windows-1252', clean: '图书馆明天上午九点开门，欢迎大家前来借书。', garbled: '', recoverable: true },
  { id: 'utf8-as-latin1', kind: 'UTF-8 read as windows-1252', clean: '这家小店的馄饨已经卖了三十年。', garbled: '', recoverable: true },
  { id: 'double-utf8', kind: 'UTF-8 encoded twice', clean: '春天来了，公园里的花都开了。', garbled: '', recoverable: true },
  { id: 'kunjinkao', kind: '锟斤拷', clean: '', garbled: '会议通知：锟斤拷锟斤拷锟斤拷锟斤拷锟斤拷', recoverable: false },
  { id: 'replacement', kind: 'U+FFFD', clean: '', garbled: '联系电话：\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd 转 8001', recoverable: false },
];
for (const s of SAMPLES) {
  if (s.id === 'utf8-as-gbk') s.garbled = asGbk(utf8(s.clean));
  if (s.id === 'gbk-as-latin1') s.garbled = as1252(gbk(s.clean));
  if (s.id === 'utf8-as-latin1') s.garbled = as1252(utf8(s.clean));
  if (s.id === 'double-utf8') s.garbled = as1252(utf8(as1252(utf8(s.clean))));
}
// Sanity: each garbling really is the inverse of the repair the docs describe.
for (const s of SAMPLES.filter((s) => s.id === 'gbk-as-latin1')) {
  if (asGbk(cp1252(s.garbled)) !== s.clean) throw new Error('windows-1252 round trip failed');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const html = [
  '<!doctype html>',
  '<html lang="zh-CN">',
  '<head><meta charset="utf-8"><title>社区公告栏</title>',
  '<style>body{font:18px/1.7 sans-serif;max-width:760px;margin:24px auto;padding:0 16px} small{color:#888}</style></head>',
  '<body>',
  '<h1>社区公告栏</h1>',
  '<p>下面几条公告是从旧系统导出的，有些文字在导出时出了问题。</p>',
  ...SAMPLES.map(
    (s) => `<p id="${s.id}" data-expected="${escape(s.recoverable ? s.clean : s.garbled)}">${escape(s.garbled)}</p><small>${escape(s.kind)}</small>`,
  ),
  '</body>',
  '</html>',
  '',
].join('\n');
writeFileSync(resolve(import.meta.dirname, '../tests/fixtures/page/garbles.html'), html);
console.log('wrote tests/fixtures/page/garbles.html');
