// Careless Simplified-to-Traditional conversion, and pages that mix the scripts: found here,
// repaired by the converter (normalise, then convert with phrases).
import { detectScript } from '@/lib/detect/script';
import { garbleKind } from '@/lib/garbles/kind';
import { scanBadS2t } from './find';

/** Markers of the minority script a mixed page must show before it is called mixed. */
const MIXED_MINIMUM = 5;

export const BAD_S2T = garbleKind({
  name: 'bad-s2t',
  detect: (context) => {
    const verdict = detectScript(context.text);
    if (verdict.traditional > verdict.simplified) {
      const s2t = scanBadS2t(context.text);
      const count = s2t.overConverted + s2t.leftSimplified;
      if (count >= 2) context.add('bad-s2t', count, s2t.overConverted >= 2 ? 0.9 : 0.6, true);
    }
    // Garbled runs and misaligned pinyin repairs read as a mix of scripts: not a mixed page.
    const minority = Math.min(verdict.simplified, verdict.traditional);
    if (verdict.script === 'mixed' && !context.garbled && minority >= MIXED_MINIMUM)
      context.add('mixed-script', minority, Math.min(0.9, minority / (verdict.simplified + verdict.traditional) + 0.5), true);
  },
});
