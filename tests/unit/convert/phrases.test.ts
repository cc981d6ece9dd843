import { describe, expect, it } from 'vitest';
import { createConverter } from '../../../lib/convert/index.ts';

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
