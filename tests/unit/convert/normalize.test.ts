import { describe, expect, it } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';

// Bad earlier conversions and mixed script (garbles.md, section 5).
const cases: [string, string][] = [
  ['見麵', '見面'],
  ['我们在北京見麵', '我們在北京見面'],
  ['全麵', '全面'],
  ['曆史', '歷史'],
  ['幹部和干部', '幹部和幹部'],
];

describe('normalisation toward Traditional', () => {
  it.each(['traditional', 'taiwan', 'taiwan-phrases', 'hongkong'] as const)('%s repairs bad conversions', async (target) => {
    const converter = await createConverter(target);
    for (const [input, expected] of cases) expect(converter.convert(input), input).toBe(expected);
  });

  it('is what makes the difference: without it the bad forms stay', async () => {
    const converter = await createConverter('traditional', { normalize: false });
    expect(converter.convert('見麵')).toBe('見麵');
    expect(converter.convert('全麵')).toBe('全麵');
    expect(converter.convert('曆史')).toBe('曆史');
  });

  it('is not applied toward Simplified, which does not need it', async () => {
    const converter = await createConverter('simplified');
    expect(converter.convert('見麵，干部，曆史')).toBe('见面，干部，历史');
  });
});
