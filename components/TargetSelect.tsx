// The reader's script as a native <select>, with each target's name in the interface language:
// one list for the popup, the options page and a site's own rule.
import type { Target } from '@/lib/engine/types';
import type { MessageKey, Translate } from '@/lib/i18n';

export const TARGET_KEYS: Record<Target, MessageKey> = {
  simplified: 'targetSimplified',
  traditional: 'targetTraditional',
  taiwan: 'targetTaiwan',
  'taiwan-phrases': 'targetTaiwanPhrases',
  hongkong: 'targetHongkong',
};

interface Props {
  t: Translate;
  value: Target;
  testId: string;
  onChange(target: Target): void;
}

export function TargetSelect({ t, value, testId, onChange }: Props) {
  return (
    <select value={value} data-testid={testId} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Target)}>
      {(Object.keys(TARGET_KEYS) as Target[]).map((target) => (
        <option key={target} value={target}>
          {t(TARGET_KEYS[target])}
        </option>
      ))}
    </select>
  );
}
