import type { Target } from '@/lib/engine/types';
import type { Translate } from '@/lib/i18n';
import { TargetSelect } from '@/components/TargetSelect';

interface Props {
  t: Translate;
  host: string;
  active: boolean;
  target: Target;
  busy: boolean;
  onActiveChange(active: boolean): void;
  onTargetChange(target: Target): void;
}

/** On/off for this site and the reader's script: native controls, so the keyboard just works. */
export function SiteControls({ t, host, active, target, busy, onActiveChange, onTargetChange }: Props) {
  return (
    <section aria-labelledby="settings-heading" class="card">
      <h2 id="settings-heading">{t('sectionSettings')}</h2>
      <label class="switch-row">
        <input
          type="checkbox"
          role="switch"
          checked={active}
          disabled={busy}
          data-testid="site-toggle"
          onChange={(e) => onActiveChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('siteToggle', { host })}</span>
      </label>
      <label class="field">
        <span>{t('targetLabel')}</span>
        <TargetSelect t={t} value={target} testId="target" onChange={onTargetChange} />
      </label>
    </section>
  );
}
