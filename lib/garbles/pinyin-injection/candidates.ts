// Chooses the byte a transcoder destroyed, among the codes it could have completed.
import { gbkDecodeTable, isGb2312, isHanCode, isTrailByte } from '@/lib/codec/gbk';
import { wordModel } from '@/lib/detect/word-model';
import type { PageStats } from './page-stats';
import { commonnessOf, ReadingMatch, readingMatch, type Syllable } from './readings';

/** What surrounds a `?pinyin)` in the byte stream, to tell apart candidates that read alike. */
export interface SwallowedContext {
  /** The next byte after the annotation (-1 if unknown). */
  next: number;
  /** The annotation right after that byte, when the byte is a lone ASCII character. */
  nextAnnotation: Syllable | null;
  /** The character the bytes after the annotation start with (0 if unknown). */
  nextUnit?: number;
  /** The byte before `previous` and the one before that (-1 if none): the characters around a split. */
  before?: [number, number];
}

/** A choice among candidates, with how sure it is (0.5: a coin toss between two, 1: no other fits). */
export interface Choice {
  code: number;
  confidence: number;
}

/**
 * Score points per word the word model knows around a candidate: a tie-breaker, below one
 * commonness class. The pairs know no frequencies and hold variant forms (啓動 and 啟動), so
 * what the page itself annotates and how common a character is weigh more.
 */
const WORD_POINTS = 8;

/** How sure a choice is, from the margin of its score over the runner-up's. */
function confidenceOf(best: number, second: number | null, scale: number): number {
  if (second === null) return 1;
  return Math.round((1 / (1 + Math.exp(-(best - second) / scale))) * 1000) / 1000;
}

/**
 * Step 3: `?pinyin)` after byte `previous`. The '?' is a lead byte b (0x81-0xFE) that swallowed the
 * '(' so [previous, b] is the annotated Traditional-only character. Prefers an exact tone, then
 * one whose following character [b, next] carries the next annotation (樣?jì)Q(jué): 記 D39B, not
 * 計 D38B, because 9B51 is 決), then a character the page annotates elsewhere, then a common one.
 * Returns -1 when none fits.
 */
export function chooseSwallowedLead(previous: number, syllable: Syllable, learned: Map<number, number>, after?: SwallowedContext): number {
  return chooseSwallowed(previous, syllable, learned, after).code;
}

/** The same choice, with its confidence; `code` is the lead byte (-1 when none fits). */
export function chooseSwallowed(previous: number, syllable: Syllable, learned: Map<number, number>, after?: SwallowedContext, page?: PageStats): Choice {
  const decode = gbkDecodeTable();
  const words = wordModel();
  let best = -1;
  let bestScore = 0;
  let secondScore = -1;
  for (let b = 0x81; b <= 0xfe; b++) {
    const code = (previous << 8) | b;
    if ((isGb2312(code) && !learned.has(code)) || !isHanCode(code)) continue;
    const match = readingMatch(code, syllable);
    if (match === ReadingMatch.None) continue;
    const seen = learned.get(code);
    let score = match * 100 + (seen === undefined ? 0 : 40 + Math.min(seen, 9)) + commonnessOf(code) * 10;
    if (after && isTrailByte(after.next)) {
      // When the key straddled two characters, b is the lead of the next one: [b, next].
      const following = (b << 8) | after.next;
      if (after.nextAnnotation && readingMatch(following, after.nextAnnotation) !== ReadingMatch.None) score += 60;
      score += 2 * characterPrior(following); // a tie-breaker: below one commonness class
    }
    if (words && after) score += WORD_POINTS * wordsAround(words, decode, previous, b, after);
    if (page && after) score += PAGE_POINTS * Math.log1p(pairsOnPage(page, decode, previous, b, after));
    if (score > bestScore) [best, bestScore, secondScore] = [b, score, bestScore];
    else if (score > secondScore) secondScore = score;
  }
  return { code: best, confidence: best < 0 ? 0 : confidenceOf(bestScore, secondScore <= 0 ? null : secondScore, 10) };
}

/**
 * Score points per log-occurrence of the pairs the page shows around a candidate (是否, not
 * 式否, when the page annotates both 是 and 式 with shì): the page's own text outweighs the
 * word model's yes or no, but never a reading.
 */
const PAGE_POINTS = 8;

/** How often the page shows the candidate read in step after the character before it or before the one after it. */
function pairsOnPage(page: PageStats, decode: Uint16Array, previous: number, b: number, after: SwallowedContext): number {
  const [beforeLead, beforeLast] = after.before ?? [-1, -1];
  const unit = decode[(previous << 8) | b];
  const before = beforeLead >= 0x81 && beforeLast >= 0x40 ? decode[(beforeLead << 8) | beforeLast] : 0;
  return (before ? page.follows(before, unit) : 0) + (after.nextUnit ? page.precedes(unit, after.nextUnit) : 0);
}

/**
 * Words the model knows around lead byte b put back after `previous`: read in step, [previous, b]
 * is a character between the one before and the one after; or, when the key straddled two
 * characters, [before, previous] and [b, next] are the two it cut.
 */
function wordsAround(words: NonNullable<ReturnType<typeof wordModel>>, decode: Uint16Array, previous: number, b: number, after: SwallowedContext): number {
  const [beforeLead, beforeLast] = after.before ?? [-1, -1];
  const unit = decode[(previous << 8) | b];
  const before = beforeLead >= 0x81 && beforeLast >= 0x40 ? decode[(beforeLead << 8) | beforeLast] : 0;
  const inStep = (before && words.pairs(before, unit) ? 1 : 0) + (after.nextUnit && words.pairs(unit, after.nextUnit) ? 1 : 0);
  const cutFirst = beforeLast >= 0x81 ? decode[(beforeLast << 8) | previous] : 0;
  const cutSecond = isTrailByte(after.next) ? decode[(b << 8) | after.next] : 0;
  const straddled = cutFirst && cutSecond && words.pairs(cutFirst, cutSecond) ? 1 : 0;
  return Math.max(inStep, straddled);
}

/**
 * Prior weights, in occurrences on the page: full-width punctuation by how often news text uses
 * it (the comma and full stop dwarf the rest), Han characters by commonness class.
 */
const PUNCTUATION_PRIOR = new Map<number, number>([
  ...[...'，。'].map((c) => [c.charCodeAt(0), 4] as [number, number]),
  ...[...'、：；“”「」《》'].map((c) => [c.charCodeAt(0), 1.5] as [number, number]),
  ...[...'？！（）『』‘’…—·'].map((c) => [c.charCodeAt(0), 0.5] as [number, number]),
]);
const HAN_PRIOR = [0, 0.05, 0.3, 1];

/** 0 (private use, rare symbol) .. 4 (，。): how plausible a character is in news text. */
function characterPrior(code: number): number {
  return PUNCTUATION_PRIOR.get(gbkDecodeTable()[code]) ?? (isHanCode(code) ? HAN_PRIOR[commonnessOf(code)] : 0);
}
const CLOSER_WEIGHT = 1000; // decisive: the lead byte already says "punctuation"
/** Closing punctuation -> its opener: `《光明日報` then a lost character is most likely `》`. */
const BRACKET_PAIRS = '《》「」『』（）“”‘’【】〈〉'.match(/../g)!;
const OPENER_OF = new Map(BRACKET_PAIRS.map((p) => [p.charCodeAt(1), p.charCodeAt(0)]));
/** Opening punctuation -> its closer. */
const CLOSER_OF = new Map(BRACKET_PAIRS.map((p) => [p.charCodeAt(0), p.charCodeAt(1)]));

export interface LossContext {
  /** The character decoded just before the loss (0 at the start). */
  previous: number;
  /** The character right after the loss when no ASCII byte went with it (0: unknown or not adjacent). */
  next?: number;
  /** Whether `opener` was opened shortly before the loss and not closed since. */
  unclosed(opener: number): boolean;
  /** Whether `closer` comes shortly after the loss, on the same line, before any `opener`. */
  closedAfter?(closer: number, opener: number): boolean;
  /**
   * Whether the page annotates a code. The mirror annotates such a character wherever its two
   * bytes stand together, so the lost one is none of them: its annotation would have shown
   * (`?biàn)`), not a lone '?' (字型族, not 字型變, on a page that annotates 變).
   */
  annotated?(code: number): boolean;
}

/**
 * Step 5: lead byte `lead` lost its trail byte (the transcoder dropped it together with the ASCII
 * byte after it). Any trail is possible: score each character by how often the page has it (after
 * the character decoded just before, and anywhere), whether it closes an open bracket, and a
 * prior. Returns the code, or -1 when the lead has none.
 */
export function chooseLostTrail(lead: number, before: LossContext, page: PageStats): Choice {
  const decode = gbkDecodeTable();
  const words = wordModel();
  let best = -1;
  let bestScore = -Infinity;
  let secondScore = -Infinity;
  // A short text says little about frequencies: its counts are read as part of a larger text.
  const size = Math.max(page.size, MIN_SAMPLE);
  for (let trail = 0x40; trail <= 0xfe; trail++) {
    if (!isTrailByte(trail)) continue;
    const code = (lead << 8) | trail;
    const unit = decode[code];
    // A key of two equal bytes can be skipped by an overlapping match just before it.
    if (!unit || (before.annotated?.(code) && lead !== trail)) continue;
    const opener = OPENER_OF.get(unit);
    const closes = opener !== undefined && before.unclosed(opener) ? CLOSER_WEIGHT : 0;
    // The other way round: a closer follows with nothing open before it (加密（%1$S …%3$S）).
    const closer = CLOSER_OF.get(unit);
    const opens = closer !== undefined && !before.unclosed(unit) && before.closedAfter?.(closer, unit) ? CLOSER_WEIGHT : 0;
    // The page as a bigram model, in log-probabilities: how likely the character is after the
    // one before (and before the one after, if known). A pair's count on the page is smoothed
    // towards the character's own frequency, and a pair the word model knows counts as a few
    // occurrences. So a pair the page shows decides (消耗, not 消和, however common 和 is), and
    // where the garble left no clean pair (字型 is garbled wherever it occurs) the word model
    // does (字型 over 行, 加密 over 名), unless the page shows another pair often (擁有者, though
    // 有斩 is in 有斩获).
    const frequency = (page.count(unit) + characterPrior(code) + UNSEEN) / size;
    const knownLeft = words?.pairs(before.previous, unit) ? WORD_OCCURRENCES : 0;
    const left = Math.log(page.follows(before.previous, unit) + knownLeft + SMOOTHING * frequency);
    let right = 0;
    if (before.next) {
      const knownRight = words?.pairs(unit, before.next) ? WORD_OCCURRENCES : 0;
      const nextFrequency = (page.count(before.next) + UNSEEN) / size;
      right = Math.log((page.precedes(unit, before.next) + knownRight + SMOOTHING * nextFrequency) / (page.count(unit) + SMOOTHING));
    }
    const score = left + right + closes + opens;
    if (score > bestScore) [best, bestScore, secondScore] = [code, score, bestScore];
    else if (score > secondScore) secondScore = score;
  }
  return { code: best, confidence: best < 0 ? 0 : confidenceOf(bestScore, secondScore === -Infinity ? null : secondScore, 1) };
}

/**
 * Occurrences on the page a pair the word model knows is worth: enough for a word the garble
 * hid wherever it occurs, not enough against a pair the page shows often.
 */
const WORD_OCCURRENCES = 3;
/** A character the page never shows still has a chance: its prior, and this. */
const UNSEEN = 0.1;
/** Units of text the frequencies are taken over at least (a title, a byline: the prior decides). */
const MIN_SAMPLE = 1000;
/** How many occurrences of a pair the character's frequency stands in for when the page shows the pair rarely. */
const SMOOTHING = 5;
