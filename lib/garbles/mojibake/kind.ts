// Mojibake as a garble kind, over the codecs the registry lists (one folder per family): a
// page proves its codecs, and short runs elsewhere on it are repaired on that proof.
import { garbleKind } from '@/lib/garbles/kind';
import type { MojibakeCodec } from './codec';
import { findRunFixes, provenCodecs, repairMojibake } from './repair';

/** Runs checked per codec family when detecting: enough to name a page's garble, bounded for long pages. */
const MAX_RUNS_CHECKED = 48;

export function mojibakeKind(codecs: readonly MojibakeCodec[]) {
  return garbleKind<MojibakeCodec[]>({
    name: 'mojibake',
    detect: (context) => {
      const fixes = findRunFixes(context.text, codecs, MAX_RUNS_CHECKED);
      for (const kind of new Set(fixes.map((f) => f.kind))) {
        const runs = fixes.filter((f) => f.kind === kind);
        const length = runs.reduce((n, f) => n + f.text.length, 0);
        const lost = runs.reduce((n, f) => n + f.lossy.reduce((m, [s, e]) => m + e - s, 0), 0);
        context.add(kind, runs.length, 1 - Math.pow(0.4, runs.length), lost < length * 0.2);
      }
      let pastRepair = 0;
      for (const codec of codecs) {
        const runs = codec.pastRepair?.(context.text, MAX_RUNS_CHECKED).length ?? 0;
        pastRepair += runs;
        if (runs && !fixes.some((f) => f.kind === codec.kind)) context.add(codec.kind, runs, 1 - Math.pow(0.4, runs), false);
      }
      if (fixes.length || pastRepair) context.garbled = true;
    },
    prove: (page) => provenCodecs(page, codecs),
    proofKey: (proven) => proven.map((c) => c.kind).join(),
    repair: (text, proven) => repairMojibake(text, codecs, proven ?? []),
  });
}
