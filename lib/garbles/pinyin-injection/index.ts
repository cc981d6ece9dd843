// Pinyin injection as a garble kind: a page proves it once (the signature), and every text of
// that page is then repaired, a lone annotation included.
import { garbleKind } from '@/lib/garbles/kind';
import { findPinyinInjection, provePinyinInjection, repairPinyinInjection } from './injection';

export { findPinyinInjection, provePinyinInjection, repairPinyinInjection } from './injection';
export type { PinyinInjectionFinding, PinyinRepairResult } from './injection';

/** The proof is the set of shared characters the page annotates page-wide; null: leave the annotations. */
export const PINYIN_INJECTION = garbleKind<ReadonlySet<number> | null>({
  name: 'pinyin-injection',
  detect: (context) => {
    const pinyin = findPinyinInjection(context.text);
    if (!pinyin.signature) return;
    context.add('pinyin-injection', pinyin.count, pinyin.confidence, true);
    context.garbled = true;
  },
  prove: (page, mode) => {
    if (mode === 'never') return null;
    const proof = provePinyinInjection(page);
    return mode === 'always' || proof.finding.signature ? proof.shared : null;
  },
  repair: (text, shared) => {
    if (!shared) return { text, repaired: [], unrecoverable: [] };
    const r = repairPinyinInjection(text, shared);
    return { text: r.text, repaired: [{ kind: 'pinyin-injection', count: r.repaired }], unrecoverable: r.unrecoverable };
  },
});
