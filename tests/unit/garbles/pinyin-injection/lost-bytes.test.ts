// Where a byte is gone, the repair chooses from the page's own text first, then the word model
// (issue 10): one test per failure class found on 1 MB of real text corrupted by the mechanism.
import { beforeAll, describe, expect, it } from 'vitest';
import { legacyEncoder } from '@/lib/codec/legacy-tables';
import { loadWordModel } from '@/lib/detect/word-model';
import { chooseLostTrail, chooseSwallowed } from '@/lib/garbles/pinyin-injection/candidates';
import { decodeRebuilt } from '@/lib/garbles/pinyin-injection/decode';
import { pageStats } from '@/lib/garbles/pinyin-injection/page-stats';
import { resolveSyllable } from '@/lib/garbles/pinyin-injection/readings';

beforeAll(() => loadWordModel());

const gbk = (ch: string) => legacyEncoder('gbk').codeOf(ch.charCodeAt(0));
const unit = (ch: string) => ch.charCodeAt(0);
const nothingOpen = { unclosed: () => false };
/** A long page on which `filler` is frequent. */
const pageWith = (filler: string, times: number, rest: string) => pageStats(`${filler.repeat(times)}\n${rest}`);

describe('a lost trail byte (a lead byte left alone before ASCII)', () => {
  it('a pair the page shows decides against a more frequent character (消耗, not 消和)', () => {
    const page = pageWith('我和你，', 2000, '加密消耗時間。消耗記憶體。消耗電力。');
    const choice = chooseLostTrail(gbk('耗') >> 8, { previous: unit('消'), ...nothingOpen }, page);
    expect(String.fromCharCode(legacyEncoder('gbk').unitOf(choice.code))).toBe('耗');
  });

  it('where the garble hid a word wherever it occurs, the word model decides against frequency (字型, not 字行)', () => {
    // 字型 never appears intact on such a page; 行 is everywhere and 型 is rare.
    const page = pageWith('一行一行，', 2000, '類型與模型。');
    const choice = chooseLostTrail(gbk('型') >> 8, { previous: unit('字'), ...nothingOpen }, page);
    expect(String.fromCharCode(legacyEncoder('gbk').unitOf(choice.code))).toBe('型');
  });

  it('a pair the page repeats often still beats a pair the model merely knows (擁有者 on a page of 擁有者)', () => {
    const page = pageWith('擁有者，', 200, '');
    const choice = chooseLostTrail(gbk('者') >> 8, { previous: unit('有'), ...nothingOpen }, page);
    expect(String.fromCharCode(legacyEncoder('gbk').unitOf(choice.code))).toBe('者');
  });
});

describe('a lost trail byte and the characters the page annotates', () => {
  const bytesOf = (text: string) => Array.from(legacyEncoder('gbk').encode(text));
  const decoded = (code: number) => String.fromCharCode(legacyEncoder('gbk').unitOf(code));

  it('is none of them: their annotation would show (字型族, not 字型變, where 變 is annotated)', () => {
    const page = pageWith('類型變數，', 200, '');
    const context = { previous: unit('型'), ...nothingOpen };
    expect(decoded(chooseLostTrail(gbk('族') >> 8, context, page).code)).toBe('變'); // what the page alone says
    const annotated = (code: number) => code === gbk('變');
    expect(decoded(chooseLostTrail(gbk('族') >> 8, { ...context, annotated }, page).code)).not.toBe('變');
  });

  it('may be one of them when its lead byte was put back: an annotation stood between its two bytes', () => {
    // 輸的: 94B5 (數) matched across them first, so 的 (B5C4) was no longer a pair when its turn came.
    const bytes = new Uint8Array([...bytesOf('傳輸'), 0xb5, 0x3f, ...bytesOf('資料\n')]);
    const page = pageStats('傳輸的資料，'.repeat(30));
    const annotated = (code: number) => code === gbk('的');
    const putBackAt = bytesOf('傳輸').length;
    expect(decodeRebuilt(bytes, bytes.length, page, '', new Map([[putBackAt, 1]]), annotated).text).toMatch(/^傳輸的/);
    expect(decodeRebuilt(bytes, bytes.length, page, '', new Map(), annotated).text).not.toMatch(/^傳輸的/);
  });
});

describe('the page as its statistics see it', () => {
  it('annotations are left out, so an annotated character keeps its neighbours (是否, not 是 then "(")', () => {
    const page = pageStats('是(shì)否安裝，是(shì)否刪除，?shì)否');
    expect(page.follows(unit('是'), unit('否'))).toBe(2);
    expect(page.follows(unit('是'), unit('('))).toBe(0);
  });

  it('a pair counts the same whichever side it is looked up from', () => {
    const page = pageStats('消耗時間，消耗電力，消除，和');
    expect(page.precedes(unit('消'), unit('耗'))).toBe(page.follows(unit('消'), unit('耗')));
    expect(page.precedes(unit('消'), unit('耗'))).toBe(2);
    expect(page.precedes(unit('和'), unit('耗'))).toBe(0);
  });
});

describe('a swallowed lead byte read alike by two characters the page annotates', () => {
  it('the pair the page shows decides (不論是否, not 不論式否)', () => {
    // Both 是 (CAC7) and 式 (CABD) read shì; the page annotates both page-wide.
    const learned = new Map([[gbk('是'), 9], [gbk('式'), 9]]);
    const page = pageStats('是(shì)否安裝，是(shì)否刪除，格式(shì)設定。');
    const syllable = resolveSyllable('shi4', true);
    const after = { next: gbk('否') >> 8, nextAnnotation: null, nextUnit: unit('否') };
    const choice = chooseSwallowed(0xca, syllable, learned, after, page);
    expect(choice.code).toBe(gbk('是') & 0xff);
    expect(chooseSwallowed(0xca, syllable, learned, after).code).toBe(gbk('式') & 0xff); // without the page: a tie, the first code
  });
});

describe('the ASCII byte lost with a trail byte', () => {
  const bytesOf = (text: string) => Array.from(legacyEncoder('gbk').encode(text));

  it('is what the page puts between such a character and what follows (a space before "(")', () => {
    // 型's trail byte and the space went together: D0 then the '?' the transcoder wrote.
    const bytes = new Uint8Array([...bytesOf('襯線字'), gbk('型') >> 8, 0x3f, ...bytesOf('(Serif)\n')]);
    const page = pageStats('字型 (Sans)\n字型 (Mono)\n字型 (Bold)\n襯線字?(Serif)\n');
    expect(decodeRebuilt(bytes, bytes.length, page, '').text).toBe('襯線字型 (Serif)\n');
  });

  it('is what the page puts before the ASCII text that follows (a "%" before "1$S")', () => {
    // （ is A3A8: its trail byte and the '%' went together; the page writes %1$S elsewhere.
    const bytes = new Uint8Array([...bytesOf('已加密'), 0xa3, 0x3f, ...bytesOf('1$S、%2$S 位元）\n')]);
    const page = pageStats('金鑰（%1$S）\n憑證 %1$S 已過期\n刪除 %1$S？\n已加?1$S、%2$S 位元）\n');
    expect(decodeRebuilt(bytes, bytes.length, page, '').text).toBe('已加密（%1$S、%2$S 位元）\n');
  });

  it('closes a parenthesis opened earlier on the line, even before a character outside GBK cut the bytes', () => {
    // ” is A1B1: its trail byte and the ')' went together; the '(' and the “ came before a no-break space.
    const bytes = new Uint8Array([...bytesOf('加密提示'), 0xa1, 0x3f, ...bytesOf('加密磁碟\n')]);
    const page = pageStats('一行一行，'.repeat(50));
    expect(decodeRebuilt(bytes, bytes.length, page, 'initramfs (見節\u00a09.9, “資料').text).toBe('加密提示”)加密磁碟\n');
  });

  it('without such evidence, a newline (the commonest loss on real text)', () => {
    const bytes = new Uint8Array([...bytesOf('字'), gbk('型') >> 8, 0x3f, ...bytesOf('拉丁')]);
    expect(decodeRebuilt(bytes, bytes.length, pageStats('字?拉丁'), '').text).toMatch(/^字.\n拉丁$/);
  });
});
