// Pinyin injection as a garble kind: a page proves it once (the signature), and every text of
// that page is then repaired, a lone annotation included.
import { garbleKind } from '../kind';
import { findPinyinInjection, repairPinyinInjection } from './injection';

export { findPinyinInjection, repairPinyinInjection } from './injection';
export type { PinyinInjectionFinding, PinyinRepairResult } from './injection';

export const PINYIN_INJECTION = garbleKind<boolean>({
  name: 'pinyin-injection',
  detect: (context) => {
    const pinyin = findPinyinInjection(context.text);
    if (!pinyin.signature) return;
    context.add('pinyin-injection', pinyin.count, pinyin.confidence, true);
    context.garbled = true;
  },
  prove: (page, mode) => mode === 'always' || (mode !== 'never' && findPinyinInjection(page).signature),
  repair: (text, injected) => {
    if (!injected) return { text, repaired: [], unrecoverable: [] };
    const r = repairPinyinInjection(text);
    return { text: r.text, repaired: [{ kind: 'pinyin-injection', count: r.repaired }], unrecoverable: r.unrecoverable };
  },
});
