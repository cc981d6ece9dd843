// Big5-HKSCS text that lost its 0x9D-0xA0 lead bytes (Cantonese 喺 嘅 啲 read as unrelated
// characters and a stray letter): found and repaired by putting the byte back.
import { garbleKind } from '@/lib/garbles/kind';
import { findLostLeads } from './find';
import { repairLostLeads } from './repair';

export { findLostLeads } from './find';
export { repairLostLeads } from './repair';

/** Runs checked when detecting: enough to name the garble, bounded for long pages. */
const MAX_RUNS_CHECKED = 32;

/**
 * The proof: `proven` when the page shows the garble where it leaves a mark (a stray letter put
 * right), so that two leads lost close together, which leave none, are looked for too; `marked`
 * repairs only where the text shows the mark; `never` when the reader turned the kind off.
 */
export type LostLeadProof = 'never' | 'marked' | 'proven';

export const BIG5_LOST_LEAD = garbleKind<LostLeadProof>({
  name: 'big5-lost-lead',
  detect: (context) => {
    const fixes = findLostLeads(context.text, MAX_RUNS_CHECKED);
    if (!fixes.length) return;
    context.add('big5-lost-lead', fixes.length, 1 - Math.pow(0.3, fixes.length), fixes.some((f) => !f.lossy));
    context.garbled = true;
  },
  prove: (page, mode) => (mode === 'never' ? 'never' : mode === 'always' || findLostLeads(page, 1).length > 0 ? 'proven' : 'marked'),
  repair: (text, proof = 'marked') => {
    if (proof === 'never') return { text, repaired: [], unrecoverable: [] };
    const r = repairLostLeads(text, proof === 'proven');
    return { text: r.text, repaired: [{ kind: 'big5-lost-lead', count: r.repaired }], unrecoverable: r.unrecoverable };
  },
});
