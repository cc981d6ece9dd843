// Toward Simplified, Traditional text of any region: Hong Kong's own forms (衞, 衹, 敍) are
// converted too, as opencc-js's `hk -> cn` does, while text without them converts as `t -> cn`.
import * as OpenCC from 'opencc-js';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import { describe, expect, it } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';
import { HONG_KONG_FORMS } from '@/lib/convert/converter.ts';

const keysOf = (dictionary: string) => dictionary.split('|').map((entry) => entry.split(' ')[0]);
const standard = OpenCC.Converter({ from: 't', to: 'cn' });
const hongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

describe('Hong Kong forms toward Simplified', () => {
  it('the list is exactly the Hong Kong variants whose hk -> cn differs from t -> cn', () => {
    const differing = keysOf(HKVariantsRev).filter((char) => hongKong(char) !== standard(char));
    expect([...HONG_KONG_FORMS].sort()).toEqual(differing.sort());
  });

  it('a Hong Kong phrase without one of them converts alike both ways (choosing by the forms loses nothing)', () => {
    const without = keysOf(HKVariantsRevPhrases).filter((phrase) => ![...phrase].some((char) => HONG_KONG_FORMS.includes(char)));
    expect(without.length).toBeGreaterThan(200);
    expect(without.filter((phrase) => hongKong(phrase) !== standard(phrase))).toEqual([]);
  });

  it('a Hong Kong headline reads in Simplified: 世衞 -> 世卫, where t -> cn left 衞', async () => {
    const text = '世衞呼籲市民注意個人衞生，衹因流感高峰期將至';
    const converter = await createConverter('simplified');
    expect(converter.convert(text)).toBe('世卫呼吁市民注意个人卫生，只因流感高峰期将至');
    expect(converter.convert(text)).toBe(hongKong(text));
    expect((await createConverter('simplified', { from: 't' })).convert(text)).toContain('衞');
  });

  it('texts without them convert as t -> cn, in a batch and with a phrase table too', async () => {
    const texts = ['臺灣的後來者', '世衞的衞生指引', '頭髮與發展'];
    const converter = await createConverter('simplified', { phrases: { 後來者: '後來者' } });
    expect(converter.convertBatch(texts)).toEqual(['台湾的後來者', '世卫的卫生指引', '头发与发展']);
  });
});
