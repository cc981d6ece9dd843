// Each test file runs in its own module realm, so the set starts empty here.
import { describe, expect, it } from 'vitest';
import { createConverter, loadedDictionaries, prefetchDictionaries } from '@/lib/convert/index.ts';

describe('dictionaries load by direction', () => {
  it('a Traditional -> Simplified converter never loads the Simplified -> Traditional dictionaries', async () => {
    expect(loadedDictionaries.size).toBe(0);
    await createConverter('simplified');
    // Hong Kong's forms (衞, 衹) are Traditional too: their small reverse tables come along.
    expect([...loadedDictionaries].sort()).toEqual(['CJK_Compatibility_Ideographs', 'HKVariantsRev', 'HKVariantsRevPhrases', 'TSCharacters', 'TSPhrases']);
  });

  it('a Simplified -> Taiwan converter loads them when asked (or when prefetched)', async () => {
    await prefetchDictionaries('taiwan-phrases');
    expect(loadedDictionaries.has('STPhrases')).toBe(true);
    expect(loadedDictionaries.has('TWPhrases')).toBe(true);
    expect(loadedDictionaries.has('HKVariants')).toBe(false);
    const converter = await createConverter('taiwan-phrases');
    expect(converter.convert('软件')).toBe('軟體');
  });
});
