// Every excerpt of the shared corpus, read in place, is a test of the engine facade.
import { describe, expect, test } from 'vitest';
import { corpusExcerpts, corpusFile } from '@/tests/harness/corpus';
import { detectGarbles, detectScript, repairText } from '@/lib/engine';
import { textCost } from '@/lib/detect/char-cost';
import { repairPinyinInjection } from '@/lib/garbles/pinyin-injection';

const excerpts = corpusExcerpts();
const clean = excerpts.filter((x) => x.kind.startsWith('clean-') || x.kind === 'legit-pinyin-annotation');
const injected = excerpts.filter((x) => x.kind.startsWith('pinyin-injection'));
const byId = (id: string) => excerpts.find((e) => e.id === id)!;
const kinds = (text: string) => detectGarbles(text).map((g) => g.kind);

/** Share of characters that read as clean Chinese (common Han, punctuation, ASCII). */
function cleanShare(text: string): number {
  let clean = 0;
  for (let i = 0; i < text.length; i++) if (textCost(text, i, i + 1) === 0) clean++;
  return clean / text.length;
}

// A corpus that went missing or moved must not pass as zero cases run.
test('the corpus has the 43 excerpts these tests expect: 15 clean (one annotated), 18 pinyin-injected', () => {
  expect(excerpts).toHaveLength(43);
  expect(clean).toHaveLength(15);
  expect(injected).toHaveLength(18);
});

describe('clean excerpts come back byte-identical, with the right script and no alarm', () => {
  for (const e of clean) {
    test(`${e.id} ${e.kind}`, () => {
      expect(repairText(e.text).text).toBe(e.text);
      expect(detectGarbles(e.text)).toEqual([]);
      if (e.kind === 'clean-simplified') expect(detectScript(e.text).script).toBe('simplified');
      if (e.kind === 'clean-traditional') expect(detectScript(e.text).script).toBe('traditional');
    });
  }
});

describe('codec mojibake is detected and repaired', () => {
  const cases: [string, string, number][] = [
    // id, kind reported, minimum share of clean characters after repair
    ['g031', 'utf8-as-gbk', 0.85],
    ['g036', 'gbk-as-latin1', 0.95],
    ['g038', 'gbk-as-latin1', 0.85],
    ['g035', 'utf8-as-latin1', 0],
    ['g043', 'double-utf8', 0],
  ];
  for (const [id, kind, share] of cases) {
    test(`${id} ${kind}`, () => {
      const e = byId(id);
      expect(kinds(e.text)).toContain(kind);
      const result = repairText(e.text);
      expect(result.text).not.toBe(e.text);
      expect(result.report.repaired.map((r) => r.kind)).toContain(kind);
      expect(cleanShare(result.text)).toBeGreaterThan(cleanShare(e.text));
      if (share) expect(cleanShare(result.text)).toBeGreaterThanOrEqual(share);
      for (const span of result.report.unrecoverable) expect(result.text.slice(span.start, span.end)).toBe(span.text);
    });
  }

  test('g031: UTF-8 read as GBK comes back as the Chinese it was', () => {
    const text = repairText(byId('g031').text).text;
    for (const word of ['作为三大', '腾讯云数据库', '国际事务', '基准测试', '交易型数']) expect(text).toContain(word);
    expect(text).not.toMatch(/浣滀负|鑵捐浜戞暟/);
  });

  test('g036: GBK read as Latin-1 comes back, English and all', () => {
    const text = repairText(byId('g036').text).text;
    for (const word of ['下载本书', '添加书签', '按键盘上方向键', '可回到本页顶部！', 'near　home']) expect(text).toContain(word);
    expect(text).not.toContain('¡¡');
  });

  test('g038: the clean 次浏览 stays, the garbled runs become Chinese', () => {
    const text = repairText(byId('g038').text).text;
    for (const word of ['您可以捐助', '验证码', '次浏览', '大数据', '张逸']) expect(text).toContain(word);
  });

  test('g043: double UTF-8 comes back to its first characters; losses are reported', () => {
    const result = repairText(byId('g043').text);
    expect(result.text.startsWith('袋')).toBe(true);
    expect(result.text).toContain('与朋');
    expect(result.report.unrecoverable.length).toBeGreaterThan(0);
  });

  test('lossy runs are reported (g031: the odd byte of 。 lost at line ends)', () => {
    const result = repairText(byId('g031').text);
    expect(result.report.unrecoverable.filter((s) => s.kind === 'utf8-as-gbk').length).toBeGreaterThan(5);
  });

  test('g032: UTF-8 read as GBK too many times is reported past repair and left as found', () => {
    const e = byId('g032');
    expect(detectGarbles(e.text)).toContainEqual(expect.objectContaining({ kind: 'utf8-as-gbk', recoverable: false }));
    const result = repairText(e.text);
    expect(result.text).toBe(e.text);
    const covered = result.report.unrecoverable.filter((s) => s.kind === 'utf8-as-gbk').reduce((n, s) => n + s.end - s.start, 0);
    expect(covered).toBeGreaterThan(e.text.length * 0.8);
  });

  test('g034: single-byte debris of GBK is reported, not guessed', () => {
    const e = byId('g034');
    const finding = detectGarbles(e.text).find((g) => g.kind === 'gbk-as-latin1');
    expect(finding).toMatchObject({ recoverable: false });
    const result = repairText(e.text);
    expect(result.text).toBe(e.text);
    expect(result.report.unrecoverable.length).toBeGreaterThanOrEqual(3);
  });
});

test('g040: 锟斤拷 is reported unrecoverable, with positions, and left alone', () => {
  const e = byId('g040');
  expect(detectGarbles(e.text)).toContainEqual(expect.objectContaining({ kind: 'kunjinkao', recoverable: false }));
  const result = repairText(e.text);
  expect(result.text).toBe(e.text);
  const spans = result.report.unrecoverable.filter((s) => s.kind === 'kunjinkao');
  expect(spans.length).toBeGreaterThan(0);
  for (const s of spans) expect(e.text.slice(s.start, s.end)).toBe(s.text);
});

test('g030: _x000D_ artefacts are removed and nothing else changes', () => {
  const e = byId('g030');
  expect(kinds(e.text)).toContain('escape-artifact');
  const text = repairText(e.text).text;
  expect(text).not.toContain('_x000D_');
  expect(text.replace(/\s/g, '')).toBe(e.text.replace(/_x000D_/g, '').replace(/\s/g, ''));
});

test('g029: careless Simplified-to-Traditional conversion is detected', () => {
  const finding = detectGarbles(byId('g029').text).find((g) => g.kind === 'bad-s2t');
  expect(finding?.count).toBeGreaterThanOrEqual(4);
  expect(finding?.confidence).toBeGreaterThanOrEqual(0.9);
});

describe('pinyin-injected excerpts: detected, repaired through the facade, idempotent', () => {
  for (const e of injected) {
    test(e.id, () => {
      expect(kinds(e.text)).toContain('pinyin-injection');
      const once = repairText(e.text).text;
      // The facade's other stages add nothing to (and take nothing from) the pinyin repair.
      expect(once).toBe(repairPinyinInjection(e.text).text);
      expect(once).not.toMatch(/[\u4e00-\u9fff]\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/);
      expect(repairText(once).text).toBe(once);
    });
  }
});

test('every excerpt: repair is idempotent and spans point at their text', () => {
  for (const e of excerpts) {
    const once = repairText(e.text);
    expect(repairText(once.text).text, e.id).toBe(once.text);
    for (const s of once.report.unrecoverable) expect(once.text.slice(s.start, s.end), e.id).toBe(s.text);
  }
});

test('2 MB of real clean text (the bench files): byte-identical, no findings, nothing reported', () => {
  for (const name of ['simplified', 'traditional']) {
    const text = corpusFile(`bench/${name}-1m.txt`);
    const result = repairText(text);
    expect(result.text === text, name).toBe(true);
    expect(result.report.garbles, name).toEqual([]);
    expect(result.report.unrecoverable, name).toEqual([]);
  }
}, 60_000);
