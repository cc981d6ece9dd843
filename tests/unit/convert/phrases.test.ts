import { describe, expect, it } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';
import { unmatchedLength } from '@/lib/convert/unmatched-length.ts';

describe('user phrase table', () => {
  it('overrides the dictionaries', async () => {
    const plain = await createConverter('taiwan-phrases');
    expect(plain.convert('软件很好')).toBe('軟體很好');
    const custom = await createConverter('taiwan-phrases', { phrases: { 软件: '軟件' } });
    expect(custom.convert('软件很好')).toBe('軟件很好');
  });

  it('prefers the longest user phrase and leaves the rest to the dictionaries', async () => {
    const converter = await createConverter('simplified', { phrases: { 臺: '臺', 臺灣: '台湾省' } });
    expect(converter.convert('臺灣的臺北後來')).toBe('台湾省的臺北后来');
  });

  it('applies toward Simplified as well, and ignores empty sources', async () => {
    const converter = await createConverter('simplified', { phrases: { '': 'x', 電腦: '计算机' } });
    expect(converter.convert('這台電腦')).toBe('这台计算机');
  });
});

describe('protected phrases (mapped to themselves by the settings)', () => {
  it('are never converted, in either direction, and win over shorter dictionary phrases', async () => {
    const toHongKong = await createConverter('hongkong', { phrases: { 東涌: '東涌' } });
    expect(toHongKong.convert('东涌和東涌')).toBe('東涌和東涌');
    const toSimplified = await createConverter('simplified', { phrases: { 東涌: '東涌' } });
    expect(toSimplified.convert('去東涌的東西')).toBe('去東涌的东西');
  });
});

describe('the phrase table converts the text between entries as separate pieces', () => {
  it('gives what converting each piece on its own gives (many entries, marks in the text too)', async () => {
    const phrases = { 頭髮: '头发!', 乾: '乾', 後來: '后来!', 里: '裡' };
    const plain = await createConverter('taiwan');
    const custom = await createConverter('taiwan', { phrases });
    const alphabet = ['頭', '髮', '乾', '後', '來', '里', '面', '发', '干', '净', 'a', ' ', '\ufdd0', '\ufdd1'];
    const pieces = (text: string) => {
      let out = '';
      let run = '';
      for (let i = 0; i < text.length; ) {
        const hit = ['頭髮', '後來', '乾', '里'].find((p) => text.startsWith(p, i));
        if (hit) {
          out += plain.convert(run) + phrases[hit as keyof typeof phrases];
          run = '';
          i += hit.length;
        } else run += text[i++];
      }
      return out + plain.convert(run);
    };
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(custom.convert(text), text).toBe(pieces(text));
    }
  });
});

describe('entries overlapping dictionary phrases', () => {
  it('cut a dictionary phrase that would take in the start of an entry, in both directions', async () => {
    // 乾隆 is a dictionary phrase (乾 stays); alone, 乾 becomes 干.
    const toSimplified = await createConverter('simplified', { phrases: { 隆重: '隆重' } });
    expect(toSimplified.convert('乾隆重')).toBe('干隆重');
    expect(toSimplified.convert('乾隆年間')).toBe('乾隆年间');
    // 头发 is a dictionary phrase toward Taiwan (頭髮); alone, 头 is 頭 and 发 depends on its phrase.
    const toTaiwan = await createConverter('taiwan', { phrases: { 发型: '髮型!' } });
    expect(toTaiwan.convert('头发型')).toBe('頭髮型!');
  });

  it('keep a protected phrase that holds a dictionary phrase, or ends inside one', async () => {
    const converter = await createConverter('simplified', { phrases: { 後來者: '後來者', 頭髮: '頭髮' } });
    expect(converter.convert('後來者和後來')).toBe('後來者和后来');
    expect(converter.convert('理頭髮型')).toBe('理頭髮型');
  });

  it('give what converting each piece on its own gives, toward Simplified (one pass) and Traditional', async () => {
    const phrases = { 隆重: '隆重', 後來: '后来!', 乾: '乾', 髮型: 'X', '\u{20000}乾': 'Y' };
    const sources = Object.keys(phrases).sort((a, b) => b.length - a.length);
    const alphabet = ['乾', '隆', '重', '後', '來', '頭', '髮', '型', '年', 'a', ' ', '\uf900', '\u2ff0', '\u{20000}', '\ud800', '\ufdd0'];
    for (const target of ['simplified', 'traditional'] as const) {
      const plain = await createConverter(target, { normalize: false });
      const custom = await createConverter(target, { phrases, normalize: false });
      // The table's scan steps over a code point or an IDS sequence as the dictionaries do.
      const pieces = (text: string) => {
        let out = '';
        let run = 0;
        for (let i = 0; i < text.length; ) {
          const hit = sources.find((p) => text.startsWith(p, i));
          if (hit) {
            out += plain.convert(text.slice(run, i)) + phrases[hit as keyof typeof phrases];
            i += hit.length;
            run = i;
          } else i += unmatchedLength(text, i, text.length);
        }
        return out + plain.convert(text.slice(run));
      };
      let seed = 11;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      for (let n = 0; n < 400; n++) {
        const text = Array.from({ length: 1 + Math.floor(random() * 10) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        expect(custom.convert(text), `${target}: ${text}`).toBe(pieces(text));
      }
    }
  });
});

describe('text without compatibility ideographs skips the normalising pass', () => {
  it("holds for every key of opencc-js's normalising dictionary, and compatibility ideographs still normalise", async () => {
    const { default: compat } = await import('opencc-js/dict/CJK_Compatibility_Ideographs');
    const keys = compat.split('|').map((entry: string) => entry.split(' ')[0]);
    expect(keys.length).toBe(1002);
    for (const key of keys) {
      const code = key.codePointAt(0)!;
      expect([...key].length, key).toBe(1);
      expect((code >= 0xf900 && code <= 0xfaff) || (code >= 0x2f800 && code <= 0x2fa1f), key).toBe(true);
    }
    const plain = await createConverter('simplified');
    const custom = await createConverter('simplified', { phrases: { 東涌: '東涌' } });
    const text = '東涌的\uf900和\u{2f800}與\u2ff0\uf901\uf902';
    expect(custom.convert(text)).toBe('東涌' + plain.convert(text.slice(2)));
  });
});
