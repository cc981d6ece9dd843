// The judgements a reversal must pass: does it read as text, is it clearly better, and which
// reading of a character that lost a byte fits the text around it.
import { charCosts } from '@/lib/detect/char-cost';
import type { ByteToken } from './byte-tokens';
import { utf8LeadPairShare } from './codec';
import { foreignScriptMark, scriptMarks } from '@/lib/detect/script-classes';

/** Why a stretch of the output is not a sure restoration. */
export type LossNote = 'lost' | 'kept' | 'guessed' | 'doubtful';

/** One wrong decoding undone on a run (reverse-run.ts makes them; this file judges them). */
export interface Reversal {
  text: string;
  /** [start, end, why] in `text` of stretches that could not be restored with certainty. */
  lossy: [number, number, LossNote][];
  /** textCost of `text`, with each U+FFFD it wrote counted as one odd character. */
  cost: number;
}

/**
 * A character that lost a byte may have several common readings (友 or 吋 for E5 ?? 8B): the
 * one in the script the rest of the run is written in wins; still a tie, it stays lost.
 * Returns the script mark foreign to the decoded text (-1: none).
 */
export function chooseCandidates(tokens: ByteToken[]): number {
  const marks = scriptMarks();
  const foreign = foreignScriptMark(tokens);
  for (const t of tokens) {
    if (t.cp >= 0 || !t.candidates) continue;
    const fitting = t.candidates.filter((cp) => marks[cp] !== foreign);
    if (fitting.length === 1) t.cp = fitting[0];
  }
  return foreign;
}

/**
 * Whether a reversal reads as text at all: most of what it decoded (what it marked as lost or
 * kept aside) must be common characters. Garbage turned into other garbage (C1 controls into a rare ideograph)
 * costs less but is no repair.
 */
export function readsAsText({ text, lossy }: Reversal): boolean {
  const costs = charCosts();
  const skip = new Uint8Array(text.length);
  for (const [start, end, why] of lossy) if (why === 'kept' || why === 'lost') skip.fill(1, start, end);
  let decoded = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (skip[i]) continue;
    if (unit < 0x80 || unit === 0xfffd) continue;
    decoded++;
    if (costs[unit] === 0) common++;
  }
  // Big5 holds many characters UTF-8-read-as-GBK produces (閹 鍊 闂): a stage that is still
  // that kind of mojibake is not text, however common its characters.
  return common >= 1 && common * 2 >= decoded && utf8LeadPairShare(text, 0, text.length, skip) < STILL_GARBLED;
}

/** Lead-pair share above which text is still UTF-8 read as GBK (clean text: under 0.01). */
export const STILL_GARBLED = 0.12;

/** Half the cost and at least two points less: one odd character is never reason enough. */
export function isClearlyBetter(before: number, after: number): boolean {
  return after * 2 <= before && before - after >= 2;
}
