// A page with mojibake proves its codec; short runs then need only read a little better. Clean
// text on the same page must still stay as it is. Found by garbling unseen real pages' texts
// (every fourth one) and repairing: a name in clean prose (its GBK bytes read as UTF-8 are a
// common character and an ASCII letter) and an accented Latin word (â and n are one GBK
// character) were "repaired". The sentences here are our own, garbled by the same mechanisms.
import { expect, test } from 'vitest';
import { repairTexts } from '@/lib/engine';
import { legacyEncoder } from '@/lib/codec/legacy-tables';

const GARBLED_SOURCES = [
  '今天下午市政府召开新闻发布会，介绍了全市地铁建设的最新进展。',
  '记者从交通部门了解到，新线路预计明年年底前全部开通运营。',
  '市民们对此表示欢迎，认为出行将会更加方便快捷。',
  '据介绍，这条线路全长三十多公里，共设二十座车站。',
];
const utf8ReadAsGbk = (text: string) => new TextDecoder('gbk').decode(new TextEncoder().encode(text));
const gbkReadAs1252 = (text: string) => new TextDecoder('windows-1252').decode(legacyEncoder('gbk').encode(text));

test('UTF-8 read as GBK around it: a clean name beside clean characters stays (婕玥 is not 漫h)', () => {
  const clean = ['她的名字叫婕玥', '婕玥对于“网络红人”的称号并不在意', '老师说姝祎对于这件事很认真'];
  const texts = [...GARBLED_SOURCES.map(utf8ReadAsGbk), ...clean];
  const out = repairTexts(texts).texts;
  expect(out.slice(0, GARBLED_SOURCES.length)).toEqual(GARBLED_SOURCES);
  expect(out.slice(GARBLED_SOURCES.length)).toEqual(clean);
});

test('a short text garbled from end to end is still repaired on a proven page', () => {
  const texts = [...GARBLED_SOURCES.map(utf8ReadAsGbk), utf8ReadAsGbk('最新消息：')];
  expect(repairTexts(texts).texts.at(-1)).toBe('最新消息：');
});

test('GBK read as windows-1252 around it: an accented Latin word stays (România is not Rom鈔ia)', () => {
  const clean = '代表团随后前往România和Zürich访问。';
  const texts = [...GARBLED_SOURCES.map(gbkReadAs1252), clean, 'Visitez la România'];
  const out = repairTexts(texts).texts;
  expect(out.slice(0, GARBLED_SOURCES.length)).toEqual(GARBLED_SOURCES);
  expect(out.slice(-2)).toEqual([clean, 'Visitez la România']);
});

test('a garbled brand-name run beside ASCII letters is still repaired (vivoÍÆ is vivo推)', () => {
  const source = 'vivo推出新款手机，售价两千元。';
  const texts = [...GARBLED_SOURCES.map(gbkReadAs1252), gbkReadAs1252(source)];
  expect(repairTexts(texts).texts.at(-1)).toBe(source);
});
