// The committed readings table (lib/garbles/pinyin-injection/data/gbk-readings.ts) against its generator and the
// library it comes from: a pinyin-pro or opencc-js upgrade must be followed by a re-run of
//   npx tsx scripts/build-pinyin-readings.ts
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveSyllable, readingMatch, ReadingMatch, commonnessOf } from '@/lib/garbles/pinyin-injection/readings';
import { buildReadingsModule, READINGS_MODULE } from '@/scripts/build-pinyin-readings';

const gbk = (ch: string) => {
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++)
      if (new TextDecoder('gbk').decode(new Uint8Array([lead, trail])) === ch) return (lead << 8) | trail;
  throw new Error(ch);
};

describe('GBK readings table', () => {
  it('is what the generator makes today', () => {
    expect(readFileSync(READINGS_MODULE, 'utf8')).toBe(buildReadingsModule());
  });
  it('stays small enough for the in-page engine chunk', () => {
    expect(readFileSync(READINGS_MODULE).length).toBeLessThan(150_000);
  });
  it('holds every reading of a character, compares tones exactly first', () => {
    expect(readingMatch(gbk('行'), resolveSyllable('hang2', true))).toBe(ReadingMatch.Exact);
    expect(readingMatch(gbk('行'), resolveSyllable('xing2', true))).toBe(ReadingMatch.Exact);
    expect(readingMatch(gbk('績'), resolveSyllable('ji4', true))).toBe(ReadingMatch.Exact);
    expect(readingMatch(gbk('績'), resolveSyllable('ji1', true))).toBe(ReadingMatch.Toneless);
    expect(readingMatch(gbk('績'), resolveSyllable('ji', false))).toBe(ReadingMatch.Toneless);
    expect(readingMatch(gbk('績'), resolveSyllable('qi4', true))).toBe(ReadingMatch.None);
  });
  it('ranks the Traditional forms of common characters as common', () => {
    expect(commonnessOf(gbk('報'))).toBe(3);
    expect(commonnessOf(gbk('的'))).toBe(3);
    expect(commonnessOf(gbk('堢'))).toBeLessThan(3);
    expect(commonnessOf(gbk('，'))).toBe(0);
  });
});
