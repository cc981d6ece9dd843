// repairTexts takes page-level decisions once, over all items (the text nodes of a page).
import { expect, test } from 'vitest';
import { corpusExcerpts } from '@/tests/harness/corpus';
import { repairText, repairTexts } from '@/lib/engine';
import { legacyEncoder, WINDOWS_1252_C1 } from '@/lib/codec/legacy-tables';

const as1252 = (bytes: Uint8Array) => String.fromCharCode(...[...bytes].map((b) => (b >= 0x80 && b < 0xa0 && WINDOWS_1252_C1[b - 0x80]) || b));

test('a text node too short to prove its codec is repaired when the page proves it', () => {
  const nodes = ['Chapter 7 章', '城市绿道连起百里滨江。', '清晨六点，江边的绿道上已经有不少市民在跑步。', '三年前，这里还是一片废弃的码头和仓库。'].map((t) =>
    as1252(legacyEncoder('gbk').encode(t)),
  );
  expect(repairText(nodes[0]).text).toBe(nodes[0]); // alone: two Latin-1 characters are no proof
  const batch = repairTexts(nodes);
  expect(batch.texts[0]).toBe('Chapter 7 章');
  expect(batch.texts[1]).toBe('城市绿道连起百里滨江。');
  expect(batch.report.garbles.map((g) => g.kind)).toEqual(['gbk-as-latin1']);
});

test('a real garbled page cut into text nodes comes out as the whole text does', () => {
  for (const id of ['g031', 'g036', 'g038']) {
    const text = corpusExcerpts().find((e) => e.id === id)!.text;
    const nodes = text.split(/\n+/);
    expect(repairTexts(nodes).texts, id).toEqual(repairText(text).text.split(/\n+/));
  }
});

test('spans carry the item they belong to', () => {
  const batch = repairTexts(['干净的文字', '前文\ufffd\ufffd后文']);
  expect(batch.report.unrecoverable).toEqual([expect.objectContaining({ kind: 'replacement-chars', item: 1, start: 2, end: 4 })]);
});

test("a page's title, <option> texts, buttons and one-word links are repaired with the page's proof", () => {
  // The page's body proves its garbling; the short texts alone prove nothing.
  const body = ['城市绿道连起百里滨江。', '清晨六点，江边的绿道上已经有不少市民在跑步。', '三年前，这里还是一片废弃的码头和仓库。'];
  const short = { title: '章', option: '新闻', button: '发', link: '更多' };
  const gbkAsLatin1 = (t: string) => as1252(legacyEncoder('gbk').encode(t));
  const shortGarbled = Object.values(short).map(gbkAsLatin1);
  expect(shortGarbled.filter((text) => repairText(text).text === text).length).toBeGreaterThan(0); // some prove nothing alone
  const batch = repairTexts([...shortGarbled, ...body.map(gbkAsLatin1)]);
  expect(batch.texts).toEqual([...Object.values(short), ...body]);

  // Pinyin injection too: a lone annotated option or button on an injected page.
  const page = ['經濟(jīng)發(fā)展與國(guó)際關(guān)係', '這(zhè)個(gè)時(shí)候對(duì)於經(jīng)濟(jì)很重要', '報(bào)告說(shuō)這(zhè)種實(shí)際情況會(huì)變(biàn)化'];
  const items = ['國(guó)際', '發(fā)送', ...page];
  expect(repairText('國(guó)際').text).toBe('國(guó)際');
  expect(repairTexts(items).texts.slice(0, 2)).toEqual(['國際', '發送']);
});
