// Two lead bytes lost close together put the text back in step with no stray letter between
// them: 啲嘢 (9DF8 9DCF) reads F8CF, one unrelated character (靃); 喺度住咗 reads 鰜蛈薕. Nothing
// in the text marks the spot, so this is looked for only on a page that has proven the garble
// elsewhere (a stray letter put right), and a reading must restore two written-Cantonese
// characters and make the stretch clearly more likely.
import { big5CodeOf, big5UnitOf, isMisalignedShape } from './bytes';
import { charCost, isCantonese } from './cost';
import type { LostLeadFix } from './find';

const LOST_LEADS = [0x9d, 0x9e, 0x9f, 0xa0];
/** Garbled characters between the two lost leads looked at, at most. */
const MAX_SPAN = 10;
/**
 * At least: one rare character read as two Cantonese ones (啲嘢 as 靃) is too often a real
 * rare character whose bytes happen to allow it; that case stays undone.
 */
const MIN_SPAN = 2;
/** The reading must be cheaper than the text by this much (two bytes put back, no stray letter to explain). */
const MARGIN = 4;
/** A stretch worth a look holds at least one character this unlikely. */
const UNLIKELY = 4;

export function findResyncedPairs(text: string): LostLeadFix[] {
  const fixes: LostLeadFix[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isMisalignedShape(text.charCodeAt(i)) || charCost(text.charCodeAt(i)) < UNLIKELY) continue;
    // An unlikely character: the stretches through it, within its run of misaligned shapes.
    let first = i;
    while (first > (fixes.length ? fixes[fixes.length - 1].end : 0) && i - first < MAX_SPAN && isMisalignedShape(text.charCodeAt(first - 1))) first--;
    let last = i;
    while (last + 1 < text.length && last - i < MAX_SPAN && isMisalignedShape(text.charCodeAt(last + 1))) last++;
    const fix = bestPair(text, first, i, last);
    if (fix) {
      fixes.push(fix);
      i = fix.end - 1;
    }
  }
  return fixes;
}

/** The best reading of a stretch from `start` (≤ unlikely) to `end` (≥ unlikely) with a lead put back at each end. */
function bestPair(text: string, first: number, unlikely: number, last: number): LostLeadFix | null {
  let best: { cost: number; start: number; end: number; text: string } | null = null;
  for (let start = first; start <= unlikely; start++) {
    for (let end = Math.max(unlikely + 1, start + MIN_SPAN); end <= last + 1 && end - start <= MAX_SPAN; end++) {
      const bytes: number[] = [];
      for (let k = start; k < end; k++) {
        const code = big5CodeOf(text.charCodeAt(k));
        bytes.push(code >> 8, code & 0xff);
      }
      // [L1 b0] [b1 b2] ... [b(n-2) L2?]: the second lead goes before the last byte.
      const middle: number[] = [];
      let ok = true;
      for (let k = 1; k + 1 < bytes.length - 1; k += 2) {
        const unit = big5UnitOf((bytes[k] << 8) | bytes[k + 1]);
        if (!unit) ok = false;
        middle.push(unit);
      }
      if (!ok) continue;
      const asItStands = costOf(text, start, end);
      for (const firstLead of LOST_LEADS) {
        const opening = big5UnitOf((firstLead << 8) | bytes[0]);
        if (!opening || !isCantonese(opening)) continue;
        for (const secondLead of LOST_LEADS) {
          const closing = big5UnitOf((secondLead << 8) | bytes[bytes.length - 1]);
          if (!closing || !isCantonese(closing)) continue;
          const reading = String.fromCharCode(opening, ...middle, closing);
          const cost = costOf(reading, 0, reading.length);
          if (cost <= asItStands - MARGIN && (!best || cost - asItStands < best.cost)) best = { cost: cost - asItStands, start, end, text: reading };
        }
      }
    }
  }
  return best && { start: best.start, end: best.end, text: best.text, confidence: 0.8, lossy: false };
}

function costOf(text: string, start: number, end: number): number {
  let cost = 0;
  for (let i = start; i < end; i++) cost += charCost(text.charCodeAt(i));
  return cost;
}
