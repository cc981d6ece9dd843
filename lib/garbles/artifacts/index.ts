// Escape artefacts (_x000D_, &amp;nbsp;): found and repaired by pattern, on any text.
import { garbleKind } from '@/lib/garbles/kind';
import { countArtifacts, repairArtifacts } from './artifacts';

export const ARTIFACTS = garbleKind({
  name: 'artifacts',
  detect: (context) => context.add('escape-artifact', countArtifacts(context.text), 0.95, true),
  repair: (text) => {
    const r = repairArtifacts(text);
    return { text: r.text, repaired: [{ kind: 'escape-artifact', count: r.count }], unrecoverable: [] };
  },
});
