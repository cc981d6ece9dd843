// Every variant of the injection the mirrors make, each made by the real mechanism (byte-level
// replace over GBK, the site's lossy decoder: tests/harness/corrupt.ts) on text written for
// these tests; and the glosses that must stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { findPinyinInjection, repairPinyinInjection } from '@/lib/garbles/pinyin-injection';
import { loadWordModel } from '@/lib/detect/word-model';
import { repairTexts } from '@/lib/engine';
import { injectPinyin } from '@/tests/harness/corrupt';
import { scoreRoundTrip } from './roundtrip';

/** Written for this test: a Traditional news report with the common shared characters in every line. */
const REPORT = [
  '本報記者從市交通局了解到，今年是城市綠道建設的第三年，全市的綠道總長已經超過三百公里。',
  '在江邊的步道上，每天早上都有不少市民在跑步、騎車和散步，這是過去難以想像的景象。',
  '交通局的負責人說，明年的重點是把中心城區和郊區的綠道連起來，讓更多人能走出家門。',
  '有市民表示，綠道不僅是運動的地方，也是一家人週末休息的好去處，希望中途多設一些座椅。',
  '記者在現場看到，中午時分的綠道上仍有不少遊客，有的在拍照，有的在樹下乘涼。',
  '據介紹，今年的綠道維護經費比去年多了兩成，主要用於照明、指示牌和公共廁所。',
].join('\n');
/** The mirror's list: Traditional-only characters, and the shared ones the issue names. */
const TRADITIONAL_ONLY = [...'報記從們這說來讓運處遊據經費'];
const SHARED = [...'的是中年在有'];

function expectRestored(original: string, corrupted: string) {
  const finding = findPinyinInjection(corrupted);
  expect(finding.signature).toBe(true);
  const result = repairPinyinInjection(corrupted);
  const score = scoreRoundTrip(original, result.text, result.unrecoverable);
  expect(score.aligned, `differs at ${score.mismatchAt}: ${result.text.slice(score.mismatchAt, score.mismatchAt + 20)}`).toBe(true);
  expect(result.text).not.toMatch(/[(?][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv:]{1,7}\)/);
  // Idempotent: the repaired text holds no annotation left to strip.
  expect(repairPinyinInjection(result.text).text).toBe(result.text);
  return result;
}

// Lost bytes are chosen with the word model, as the CLI and the page do.
beforeAll(() => loadWordModel());

describe('shared characters annotated page-wide', () => {
  it('sees the mechanism in the corrupted page: every occurrence of each listed character annotated', () => {
    const corrupted = injectPinyin(REPORT, [...TRADITIONAL_ONLY, ...SHARED]);
    expect(corrupted).toContain('的(de)');
    expect(corrupted).toContain('是(shì)');
    expectRestored(REPORT, corrupted);
  });

  it('restores a page whose list has only shared characters', () => {
    expectRestored(REPORT, injectPinyin(REPORT, SHARED));
  });

  it('restores toneless ASCII readings, ü written as v or as u:', () => {
    const text = REPORT + '\n綠色出行的理念深入人心，女士們在綠道上慢跑。';
    for (const umlaut of ['v', 'u:'] as const) {
      const corrupted = injectPinyin(text, [...TRADITIONAL_ONLY, ...SHARED, '綠', '女'], { toneless: true, umlaut });
      expect(corrupted).toContain(umlaut === 'v' ? '綠(lv)' : '綠(lu:)');
      expectRestored(text, corrupted);
    }
  });

  it('restores doubled annotations (中(zhong)(zhong))', () => {
    const corrupted = injectPinyin(REPORT, [...TRADITIONAL_ONLY, ...SHARED], { toneless: true, doubled: true });
    expect(corrupted).toContain('中(zhong)(zhong)');
    expectRestored(REPORT, corrupted);
  });

  it('restores annotations after Simplified and Traditional characters on one page', () => {
    // A mirror that converted only part of the page: Simplified lines and Traditional lines.
    const simplified = '今年是城市绿道建设的第三年，这是记者从交通局了解到的情况。\n市民说，绿道让周末的生活更有意思了。';
    const page = `${simplified}\n${REPORT}`;
    const list = [...'这说记让绿', ...TRADITIONAL_ONLY, ...SHARED];
    const corrupted = injectPinyin(page, list);
    expect(corrupted).toContain('这(zhè)');
    expect(corrupted).toContain('這(zhè)');
    expectRestored(page, corrupted);
  });

  it('repairs a short text node with the page proof (one shared annotation alone proves nothing)', () => {
    const corrupted = injectPinyin(REPORT, [...TRADITIONAL_ONLY, ...SHARED]).split('\n');
    const lone = '中(zhōng)文';
    expect(repairPinyinInjection(lone).text).toBe(lone);
    const { texts } = repairTexts([...corrupted, lone]);
    expect(texts).toEqual([...REPORT.split('\n'), '中文']);
  });
});

describe('glosses stay', () => {
  const stays = (text: string) => {
    expect(findPinyinInjection(text).signature).toBe(false);
    expect(repairPinyinInjection(text).text).toBe(text);
    expect(repairTexts(text.split('\n')).texts.join('\n')).toBe(text);
  };

  it('a learning page that glosses every character, toneless ones included', () => {
    stays('第一課 問候\n你(ni)好(hao)！我(wo)是(shi)學(xue)生(sheng)。\n你(nǐ)們(men)好(hǎo)，我(wǒ)們(men)是(shì)中(zhōng)國(guó)人(rén)。');
  });

  it('a learning page that glosses words with several syllables', () => {
    stays('常用語：你好(ni hao)、謝謝(xie xie)、再見(zai jian)。\n課文：你好，我是老師。謝謝你們。再見！');
  });

  it('a page that glosses a few words once each, on shared characters', () => {
    stays(REPORT + '\n文中的「乘涼」的「乘(chéng)」和「綠道」的「道(dào)」都是常用字，中(zhōng)心的中讀第一聲。');
  });

  it('names with their romanisation', () => {
    stays('本報記者王(Wang)大明報道：市長李(Li)中和今年在(Zai)中心城區視察。\n' + REPORT);
  });
});
