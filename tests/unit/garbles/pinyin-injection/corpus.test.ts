// Every excerpt of ../shared/corpus/real (read in place) against the pinyin repair, plus whole
// texts corrupted by the simulator: the gmw news page and 1 MB of Traditional text.
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legacyEncoder } from '@/lib/codec/legacy-tables';
import { findPinyinInjection, repairPinyinInjection } from '@/lib/garbles/pinyin-injection';
import { loadWordModel } from '@/lib/detect/word-model';
import { injectPinyin } from '@/tests/harness/corrupt';
import { corpusExcerpts, corpusFile } from '@/tests/harness/corpus';
import { linesKept, scoreRoundTrip } from './roundtrip';

/** Several MB repaired in one test: seconds alone, but the unit files run side by side on a shared machine. */
const MULTI_MB_TIMEOUT = 120_000;

const excerpts = corpusExcerpts();
const injected = excerpts.filter((e) => e.kind.startsWith('pinyin-injection'));
const untouched = excerpts.filter((e) => !e.kind.startsWith('pinyin-injection'));
const ARTEFACT = /[(?][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;
const summary: string[] = [];

// Lost bytes are chosen with the word model, as the CLI and the page do.
beforeAll(() => loadWordModel());

describe('corpus: injected excerpts', () => {
  it('has the injected excerpts this file expects', () => {
    expect(injected).toHaveLength(18);
    expect(injected.map((e) => e.id)).toContain('seed');
  });

  it.each(injected.map((e) => [e.id, e] as const))('%s: no artefact left, equal to expected outside reported losses', (_id, excerpt) => {
    const finding = findPinyinInjection(excerpt.text);
    const result = repairPinyinInjection(excerpt.text);
    const expected = excerpt.expected!;
    expect(finding.signature).toBe(true);
    expect(result.repaired).toBeGreaterThanOrEqual(finding.count);
    // Pinyin-looking brackets may remain only where the reference keeps them too (none do today).
    expect(result.text.match(ARTEFACT) ?? []).toEqual(expected.match(ARTEFACT) ?? []);
    expect(findPinyinInjection(result.text).count).toBe(0);
    expect(repairPinyinInjection(result.text)).toEqual({ text: result.text, repaired: 0, unrecoverable: [] });
    if (result.text === expected) {
      expect(result.unrecoverable).toEqual([]);
      summary.push(`${excerpt.id}: exact (${result.repaired} annotations)`);
      return;
    }
    // The site dropped bytes: every difference lies in a reported span, where the reference
    // could only emit U+FFFD (its '�?' is our guessed character and ASCII).
    const differences = diffRegions(result.text, expected);
    expect(result.unrecoverable.length).toBeGreaterThan(0);
    for (const d of differences) {
      expect(result.unrecoverable.some((s) => s.start <= d.ours.start && d.ours.end <= s.end)).toBe(true);
      expect(expected.slice(d.theirs.start, d.theirs.end)).toContain('\ufffd');
      expect(result.text.slice(d.ours.start, d.ours.end)).not.toContain('\ufffd');
    }
    summary.push(`${excerpt.id}: exact except ${differences.length} reported loss(es): ours ${differences.map((d) => JSON.stringify(result.text.slice(d.ours.start, d.ours.end))).join(', ')} vs reference ${differences.map((d) => JSON.stringify(expected.slice(d.theirs.start, d.theirs.end))).join(', ')}`);
  });

  it('the simulator re-creates the seed page from its repaired text and the page list of characters', () => {
    const seed = excerpts.find((e) => e.id === 'seed')!;
    // The site's list and readings, as its own clean annotations show them (績 is jī there).
    const annotations = [...seed.text.matchAll(/(.)\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/g)].filter(([, ch]) => !isGb2312Character(ch));
    const readings = Object.fromEntries(annotations.map(([, ch, reading]) => [ch, reading]));
    const list = ['報', ...Object.keys(readings), '請']; // 報 before 請: the site replaced in list order
    const trimLines = (text: string) => text.replace(/ +$/gm, '');
    expect(trimLines(injectPinyin(seed.expected!, list, { readings }))).toBe(trimLines(seed.text));
  });
});

describe('corpus: everything else is left alone', () => {
  it.each(untouched.map((e) => [e.id, e] as const))('%s: unchanged, no signature', (_id, excerpt) => {
    const finding = findPinyinInjection(excerpt.text);
    expect(finding.signature).toBe(false);
    if (excerpt.id.startsWith('c')) expect(finding.count).toBe(0);
    expect(repairPinyinInjection(excerpt.text)).toEqual({ text: excerpt.text, repaired: 0, unrecoverable: [] });
  });
  it('includes the annotated poems (n001) and every clean excerpt', () => {
    expect(untouched).toHaveLength(25);
    expect(untouched.map((e) => e.id)).toContain('n001');
    expect(untouched.filter((e) => e.id.startsWith('c')).length).toBeGreaterThanOrEqual(10);
  });
});

describe('simulated corruption of real text', () => {
  it('restores the gmw news page exactly (character-by-character S2T, then 60 injected characters and 請)', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    const perCharacter = new Map<string, string>();
    const page = [...corpusFile('pages/gmw/source.html')].map((ch) => perCharacter.get(ch) ?? perCharacter.set(ch, toTraditional(ch)).get(ch)!).join('');
    // 請 (D588) matches across 日報 (C8D5 88F3) in every 光明日報, as on the seed's mirror.
    const corrupted = injectPinyin(page, [...mostFrequentTraditionalOnly(page, 60), '請']);
    expect(corrupted).toMatch(/\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/); // cross-character splits happened
    const result = repairPinyinInjection(corrupted);
    expect(result.repaired).toBeGreaterThan(500);
    expect(result.text).toBe(page);
    expect(result.unrecoverable).toEqual([]);
    summary.push(`gmw page: ${result.repaired} annotations, exact`);
  });

  it('restores 1 MB of Traditional text outside reported losses, and most of those too', () => {
    const text = corpusFile('bench/traditional-1m.txt');
    const result = repairPinyinInjection(injectPinyin(text, mostFrequentTraditionalOnly(text, 60)));
    const score = scoreRoundTrip(text, result.text, result.unrecoverable);
    expect(score.aligned).toBe(true);
    expect(score.charactersRight / score.spans).toBeGreaterThan(0.8);
    const lines = text.split('\n').length;
    const kept = linesKept(text, result.text);
    expect(kept / lines).toBeGreaterThan(0.998);
    summary.push(`1 MB: ${kept}/${lines} lines exact (${((kept / lines) * 100).toFixed(2)}%); ${score.spans} losses reported, character right in ${score.charactersRight}, ASCII right in ${score.asciiRight}`);
  });

  it('restores 1 MB of Traditional text whose list also holds the ten commonest shared characters, tone-marked and toneless', () => {
    const text = corpusFile('bench/traditional-1m.txt');
    const list = [...mostFrequentTraditionalOnly(text, 60), ...mostFrequentShared(text, 10)];
    const lines = text.split('\n').length;
    for (const toneless of [false, true]) {
      const result = repairPinyinInjection(injectPinyin(text, list, { toneless }));
      // Nothing silently wrong: every choice that could be wrong is reported.
      expect(scoreRoundTrip(text, result.text, result.unrecoverable).aligned).toBe(true);
      const kept = linesKept(text, result.text);
      expect(kept / lines).toBeGreaterThan(0.998);
      summary.push(`1 MB, 60 + 10 shared characters${toneless ? ', toneless' : ''}: ${kept}/${lines} lines exact (${((kept / lines) * 100).toFixed(2)}%); ${result.unrecoverable.length} losses reported`);
    }
  }, MULTI_MB_TIMEOUT);
});

afterAll(() => console.log(`pinyin injection on the corpus:\n  ${summary.join('\n  ')}`));

function isGb2312Character(ch: string): boolean {
  const code = legacyEncoder('gbk').codeOf(ch.charCodeAt(0));
  return code <= 0xff || ((code & 0xff) >= 0xa1 && code >> 8 >= 0xa1 && code >> 8 <= 0xf7);
}

/** The site's list: the Traditional-only (non-GB2312) characters the text uses most. */
function mostFrequentTraditionalOnly(text: string, count: number): string[] {
  const counts = new Map<string, number>();
  for (const ch of text) if (!isGb2312Character(ch) && /\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, count).map(([ch]) => ch);
}

/** The shared (GB2312) Han characters the text uses most: the 的 是 年 中 ... */
function mostFrequentShared(text: string, count: number): string[] {
  const counts = new Map<string, number>();
  for (const ch of text) if (isGb2312Character(ch) && /\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, count).map(([ch]) => ch);
}

/** The single region where two texts differ (common prefix and suffix removed), if any. */
function diffRegions(ours: string, theirs: string) {
  if (ours === theirs) return [];
  let head = 0;
  while (head < ours.length && ours[head] === theirs[head]) head++;
  let tail = 0;
  while (tail < ours.length - head && tail < theirs.length - head && ours[ours.length - 1 - tail] === theirs[theirs.length - 1 - tail]) tail++;
  return [{ ours: { start: head, end: ours.length - tail }, theirs: { start: head, end: theirs.length - tail } }];
}
