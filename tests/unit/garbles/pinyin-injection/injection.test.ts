// Each step of the byte-level pinyin repair (docs/garbles.md section 1) on small texts corrupted by
// the real mechanism (tests/harness/corrupt.ts); the corpus and properties have their own files.
import { describe, expect, it } from 'vitest';
import { chooseSwallowedLead } from '@/lib/garbles/pinyin-injection/candidates';
import { findPinyinInjection, repairPinyinInjection } from '@/lib/garbles/pinyin-injection';
import { resolveSyllable } from '@/lib/garbles/pinyin-injection/readings';
import { injectPinyin } from '@/tests/harness/corrupt';
import { scoreRoundTrip } from './roundtrip';

const repaired = (text: string) => repairPinyinInjection(text).text;
/** GBK code of one character, read off the platform decoder (independent of the code under test). */
function gbk(ch: string): number {
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++)
      if (new TextDecoder('gbk').decode(new Uint8Array([lead, trail])) === ch) return (lead << 8) | trail;
  throw new Error(`${ch} is not in GBK`);
}

describe('the corruption simulator', () => {
  it('annotates a listed character with tone-marked pinyin', () => {
    expect(injectPinyin('發展中國家', ['發', '國'])).toBe('發(fā)展中國(guó)家');
  });
  it('writes the toneless variant', () => {
    expect(injectPinyin('發展中國家', ['發', '國'], { toneless: true })).toBe('發(fa)展中國(guo)家');
  });
  it('matches keys across characters and swallows "(" after a stray lead byte (日報 -> 日?qǐng)?bào))', () => {
    // 日報 is C8D5 88F3; D588 is 請. 報 is replaced first, then 請 inside it.
    expect(injectPinyin('濱江日報記者', ['報', '請'])).toBe('濱江日?qǐng)?bào)記者');
  });
});

describe('findPinyinInjection', () => {
  const article = '經濟發展與國際關係,這個時候對於進一步發展經濟很重要。報告說,這種實際情況會變化。';
  const chars = [...'發國際關係這個時對於進經濟報說種實會變'];

  it('sees the signature of injected text, tone-marked and toneless', () => {
    for (const toneless of [false, true]) {
      const finding = findPinyinInjection(injectPinyin(article, chars, { toneless }));
      expect(finding.signature).toBe(true);
      expect(finding.count).toBeGreaterThanOrEqual(15);
      expect(finding.confidence).toBeGreaterThan(0.9);
    }
  });
  it('finds nothing in clean text', () => {
    expect(findPinyinInjection(article)).toEqual({ count: 0, confidence: 0, signature: false });
  });
  it('does not take a language-learning gloss for injection, even on Traditional characters', () => {
    const gloss = '我(wǒ) 們(men) 學(xué) 習(xí) 中(zhōng) 文(wén), 說(shuō) 漢(hàn) 語(yǔ)';
    const finding = findPinyinInjection(gloss);
    expect(finding.signature).toBe(false);
    expect(repaired(gloss)).toBe(gloss);
  });
  it('does not take a teaching text that glosses a word once for injection', () => {
    const lesson = '「體(tǐ)」字:體育、身體、體驗、體會。「驗(yàn)」字:經驗、檢驗、體驗。「醫(yī)」字:醫生、醫院、中醫。';
    expect(findPinyinInjection(lesson)).toMatchObject({ count: 3, signature: false });
    expect(findPinyinInjection(injectPinyin(lesson.replace(/\([^()]+\)/g, ''), ['體', '驗', '醫'])).signature).toBe(true);
  });
  it('needs many annotations for the page signature', () => {
    expect(findPinyinInjection('發(fā)展').signature).toBe(false);
    expect(findPinyinInjection('發(fā)展').count).toBe(1);
  });
});

describe('repairPinyinInjection', () => {
  it('step 1: keeps characters outside GBK aside, in place', () => {
    const text = '發(fā)展😀\ufffd𠀀 報(bào)告 €5';
    expect(repaired(text)).toBe('發展😀\ufffd𠀀 報告 €5');
  });

  it('step 2: drops an annotation read by the two bytes before it', () => {
    expect(repaired('發(fā)展')).toBe('發展');
    expect(repaired('發(fa)展')).toBe('發展');
    expect(repaired('綠(lv)色 綠(lu)色 綠(lǜ)色')).toBe('綠色 綠色 綠色');
    expect(repaired('發(fa1)展 們(men5) 國(guo2)')).toBe('發展 們 國');
  });
  it('step 2: falls back to toneless readings (績 is jì in the library, jī on the mirrors)', () => {
    expect(repaired('業績(jī)很好')).toBe('業績很好');
  });
  it('step 2: drops an annotation whose key spans a character and an ASCII byte (年P = C4EA 50, EA50 = 關)', () => {
    expect(injectPinyin('年P', ['關'])).toBe('年P(guān)');
    expect(repairPinyinInjection('年P(guān)')).toEqual({ text: '年P', repaired: 1, unrecoverable: [] });
  });
  it('step 2: keeps brackets that are not a reading of the bytes before them', () => {
    const legit = '發(fā)展 高原(北京)文化 《光明日報》(2023年09月08日 05版) 美聯社(AP) 發(shuǐ) 報(fā)';
    expect(repaired(legit)).toBe('發展 高原(北京)文化 《光明日報》(2023年09月08日 05版) 美聯社(AP) 發(shuǐ) 報(fā)');
  });
  it('step 2: keeps a gloss on a shared character on an injected page', () => {
    const page = '發(fā)展 '.repeat(30);
    expect(repaired(`${page}中(zhōng) 國(guó)`)).toBe(`${'發展 '.repeat(30)}中(zhōng) 國`);
  });

  it('step 3: puts back the lead byte that swallowed "(" (日?qǐng)?bào) -> 日報)', () => {
    const result = repairPinyinInjection('濱江日?qǐng)?bào)記者');
    expect(result).toEqual({ text: '濱江日報記者', repaired: 2, unrecoverable: [] });
  });
  it('step 3: prefers the exact tone, then a character the page annotates, then a common one', () => {
    expect(chooseSwallowedLead(0x88, resolveSyllable('bao4', true), new Map())).toBe(gbk('報') & 0xff);
    expect(chooseSwallowedLead(0x88, resolveSyllable('bao3', true), new Map())).toBe(gbk('堢') & 0xff);
    expect(chooseSwallowedLead(0x88, resolveSyllable('bao', false), new Map())).toBe(gbk('報') & 0xff);
    expect(chooseSwallowedLead(0x81, resolveSyllable('ya4', true), new Map())).toBe(gbk('亞') & 0xff);
    expect(chooseSwallowedLead(0x81, resolveSyllable('ya4', true), new Map([[gbk('亜'), 3]]))).toBe(gbk('亜') & 0xff);
    expect(chooseSwallowedLead(0xa1, resolveSyllable('qing3', true), new Map())).toBe(-1); // row A1 is punctuation
  });

  it('step 3: tells apart candidates that read alike by the character the lead byte starts', () => {
    // 記 D39B and 計 D38B both read jì after 樣 (98D3); b = 9B starts 決 (9B51), annotated next.
    expect(injectPinyin('樣決 Q', ['決', '記'])).toBe('樣?jì)Q(jué) Q');
    expect(repaired('樣?jì)Q(jué) Q')).toBe('樣決 Q');
    // 參 85A2 and 叄 85A3 both read cān after 檯 (9985); A3 starts the full-width comma A3AC.
    const split = injectPinyin('檯，預', ['預', '叄']);
    expect(split).toMatch(/^檯\?cān\)\uE109A\(yù\)$/);
    expect(repaired(split)).toBe('檯，預');
  });

  it('step 4: a run knocked out of step by a split realigns once the bytes are rebuilt', () => {
    const original = '光明日報記者嚴圣禾';
    const injected = injectPinyin(original, ['嚴', '請']);
    expect(injected).toMatch(/^光明日\?qǐng\).+\?yán\)圣禾$/); // the run between is unrelated characters
    expect(injected).not.toContain('記者');
    expect(repairPinyinInjection(injected)).toEqual({ text: original, repaired: 2, unrecoverable: [] });
  });

  it('step 5: a lone "?" gets the character the page pairs most often with the one before, and is reported', () => {
    const original = '記者手記\n光明日報記者 嚴圣禾';
    const injected = injectPinyin(original, ['請']);
    expect(injected).toMatch(/\?嚴圣禾$/); // 者's trail and the space are gone
    const result = repairPinyinInjection(injected);
    expect(result.text).toBe('記者手記\n光明日報記者\n嚴圣禾'); // the space is guessed as a newline
    expect(result.unrecoverable).toEqual([
      expect.objectContaining({ kind: 'pinyin-injection', text: '者\n', start: result.text.indexOf('者\n嚴') }),
    ]);
    expect(scoreRoundTrip(original, result.text, result.unrecoverable)).toMatchObject({ aligned: true, charactersRight: 1 });
  });
  it('step 5: an open bracket before the loss and a lone ")" after it restore 》(', () => {
    const original = '據《光明日報》(2023年09月08日)報道';
    const result = repairPinyinInjection(injectPinyin(original, ['請']));
    expect(result.text).toBe(original);
    expect(result.unrecoverable.map((s) => s.text)).toEqual(['》(']);
  });

  it('returns text without injection unchanged', () => {
    for (const text of ['', '中文', '經濟發展', '高原(北京)', 'what?(no)', '?', '(', '()', '?a)', '\ud800(fā)', '發\u0000(fā)'])
      expect(repairPinyinInjection(text)).toEqual({ text, repaired: 0, unrecoverable: [] });
  });
  it('never throws on broken input', () => {
    for (const text of ['?(fā)', '(fā)', '發(fā', '?fā)?fā)?fā)', '\udfff?bào)', '報?bào)?bào)?bào)', '\u0080(fā)', '發'.repeat(3) + '(fā)'.repeat(5)])
      expect(() => repairPinyinInjection(text)).not.toThrow();
  });
});
