// Big5-HKSCS text that lost its 0x9D-0xA0 lead bytes (Cantonese 喺 嘅 啲 read as unrelated
// characters and a stray letter): found and repaired by putting the byte back.
import { garbleKind } from '@/lib/garbles/kind';
import { findLostLeads } from './find';
import { repairLostLeads } from './repair';

export { findLostLeads } from './find';
export { repairLostLeads } from './repair';

/** Runs checked when detecting: enough to name the garble, bounded for long pages. */
const MAX_RUNS_CHECKED = 32;

export const BIG5_LOST_LEAD = garbleKind({
  name: 'big5-lost-lead',
  detect: (context) => {
    const fixes = findLostLeads(context.text, MAX_RUNS_CHECKED);
    if (!fixes.length) return;
    context.add('big5-lost-lead', fixes.length, 1 - Math.pow(0.3, fixes.length), fixes.some((f) => !f.lossy));
    context.garbled = true;
  },
  repair: (text) => {
    const r = repairLostLeads(text);
    return { text: r.text, repaired: [{ kind: 'big5-lost-lead', count: r.repaired }], unrecoverable: r.unrecoverable };
  },
});
