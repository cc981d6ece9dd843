import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import { TargetSelect } from '@/components/TargetSelect';

interface Props {
  t: Translate;
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** Target script, repair, conversion and quotes: native controls, so the keyboard just works. */
export function ReadingSection({ t, settings, onChange }: Props) {
  return (
    <section class="card" aria-labelledby="reading-heading">
      <h2 id="reading-heading">{t('sectionReading')}</h2>
      <label class="row">
        <span>{t('targetLabel')}</span>
        <TargetSelect t={t} value={settings.target} testId="options-target" onChange={(target) => onChange({ target })} />
      </label>
      <label class="check-row">
        <input
          type="checkbox"
          role="switch"
          checked={settings.repair}
          data-testid="options-repair"
          onChange={(e) => onChange({ repair: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('repairLabel')}</span>
      </label>
      <label class="check-row">
        <input
          type="checkbox"
          role="switch"
          checked={settings.conversion === 'auto'}
          data-testid="options-conversion"
          onChange={(e) => onChange({ conversion: (e.currentTarget as HTMLInputElement).checked ? 'auto' : 'off' })}
        />
        <span>{t('conversionLabel')}</span>
      </label>
      <fieldset class="choices">
        <legend>{t('punctuationLabel')}</legend>
        {(['target', 'keep'] as const).map((value) => (
          <label class="check-row" key={value}>
            <input
              type="radio"
              name="punctuation"
              value={value}
              checked={settings.punctuation === value}
              data-testid={`options-punctuation-${value}`}
              onChange={() => onChange({ punctuation: value })}
            />
            <span>{t(value === 'target' ? 'punctuationTarget' : 'punctuationKeep')}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
