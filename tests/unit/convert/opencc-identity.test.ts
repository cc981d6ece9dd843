// The converter must give exactly what opencc-js gives for the same direction.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { createConverter } from '@/lib/convert/index.ts';
import type { Target } from '@/lib/engine/types.ts';
import { corpusFile } from '@/tests/harness/corpus.ts';

const traditional = corpusFile('bench/traditional-1m.txt');
const simplified = corpusFile('bench/simplified-1m.txt');

const toSimplified = [
  ['t', 'cn'],
  ['tw', 'cn'],
  ['twp', 'cn'],
  ['hk', 'cn'],
  ['hkp', 'cn'],
] as const;

const toTraditional: [Target, string][] = [
  ['traditional', 't'],
  ['taiwan', 'tw'],
  ['taiwan-phrases', 'twp'],
  ['hongkong', 'hk'],
];

describe('identical to opencc-js on the 1 MB bench files', () => {
  it.each(toSimplified)('%s -> %s', async (from, to) => {
    const expected = OpenCC.Converter({ from, to })(traditional);
    expect(expected).not.toBe(traditional);
    const converter = await createConverter('simplified', { from });
    expect(converter.convert(traditional) === expected).toBe(true);
  });

  it.each(toTraditional)('cn -> %s (opencc %s), without and with normalisation', async (target, to) => {
    const expected = OpenCC.Converter({ from: 'cn', to })(simplified);
    expect(expected).not.toBe(simplified);
    const exact = await createConverter(target, { normalize: false });
    expect(exact.convert(simplified) === expected).toBe(true);
    // Normalising first is opencc-js t -> cn, then cn -> target.
    const normalising = await createConverter(target);
    const mixed = traditional.slice(0, 100_000) + simplified.slice(0, 100_000);
    const viaSimplified = OpenCC.Converter({ from: 'cn', to })(OpenCC.Converter({ from: 't', to: 'cn' })(mixed));
    expect(normalising.convert(mixed) === viaSimplified).toBe(true);
    // On Simplified input the extra step changes nothing on this corpus.
    expect(normalising.convert(simplified) === expected).toBe(true);
  });

  it.each([
    ['taiwan-phrases', 'twp', 'twp'],
    ['hongkong', 'hk', 'hkp'],
  ] as const)('normalising toward %s (opencc %s) with from %s: opencc-js from -> cn, then cn -> to', async (target, to, from) => {
    const mixed = traditional.slice(200_000, 260_000) + simplified.slice(200_000, 260_000);
    const expected = OpenCC.Converter({ from: 'cn', to })(OpenCC.Converter({ from, to: 'cn' })(mixed));
    const converter = await createConverter(target, { from });
    expect(converter.convert(mixed) === expected).toBe(true);
  });
});
