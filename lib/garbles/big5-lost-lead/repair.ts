// Puts the lost lead bytes back where findLostLeads found them; what is still a guess or gone is reported.
import type { UnrecoverableSpan } from '@/lib/engine/types';
import { findLostLeads } from './find';
import { findResyncedPairs } from './resync';

/** Below this, the chosen reading is reported as a guess. */
const SURE = 0.9;
/**
 * Two leads lost in one run: the first reading puts one back and leaves the rest of the run one
 * byte off, which the next round reads. A reading has the length of what it replaces, so spans
 * stay where they are from round to round.
 */
const MAX_ROUNDS = 6;

export interface LostLeadRepair {
  text: string;
  repaired: number;
  unrecoverable: UnrecoverableSpan[];
}

/** @param proven the page showed the garble where it leaves a mark: two leads lost close together are then looked for too. */
export function repairLostLeads(text: string, proven = false): LostLeadRepair {
  let repaired = 0;
  let spans: UnrecoverableSpan[] = [];
  const leadRounds = () => {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const fixes = findLostLeads(text);
      if (!fixes.length) break;
      let out = '';
      let from = 0;
      for (const fix of fixes) {
        out += text.slice(from, fix.start) + fix.text;
        from = fix.end;
        // A later round's fix of the same stretch replaces an earlier guess there.
        spans = spans.filter((s) => s.end <= fix.start || s.start >= fix.end);
        if (fix.lossy) {
          spans.push({ kind: 'big5-lost-lead', start: fix.end - 1, end: fix.end, text: '\ufffd', note: 'Big5 lead byte lost: the character after it lost its second byte too' });
        } else if (fix.confidence < SURE) {
          spans.push({ kind: 'big5-lost-lead', start: fix.start, end: fix.end, text: fix.text, confidence: fix.confidence, note: 'Big5 lead byte put back: the likeliest of several readings' });
        }
      }
      text = out + text.slice(from);
      repaired += fixes.length;
    }
  };
  leadRounds();
  // Two leads lost close together, put back, can leave a single lost lead in step to be read:
  // lost leads are looked for again after each such pass, so a repair is its own fixpoint.
  for (let pass = 0; proven && pass < MAX_ROUNDS; pass++) {
    const resynced = findResyncedPairs(text);
    if (!resynced.length) break;
    // Each reading is one character longer than the stretch it replaces: spans after it move on.
    const shiftAt = (offset: number) => resynced.filter((fix) => fix.end <= offset).length;
    spans = spans.filter((s) => !resynced.some((fix) => s.start < fix.end && fix.start < s.end)).map((s) => ({ ...s, start: s.start + shiftAt(s.start), end: s.end + shiftAt(s.start) }));
    let out = '';
    let from = 0;
    for (const fix of resynced) {
      out += text.slice(from, fix.start);
      const start = out.length;
      out += fix.text;
      from = fix.end;
      spans.push({ kind: 'big5-lost-lead', start, end: out.length, text: fix.text, confidence: fix.confidence, note: 'two Big5 lead bytes put back where the text fell back in step: the likeliest reading' });
    }
    text = out + text.slice(from);
    repaired += resynced.length;
    leadRounds();
  }
  return { text, repaired, unrecoverable: spans.sort((a, b) => a.start - b.start) };
}
