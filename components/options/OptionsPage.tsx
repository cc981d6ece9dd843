import type { Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import { PhraseSection } from './PhraseSection';
import { ReadingSection } from './ReadingSection';
import { SettingsFileSection, type FileStatus } from './SettingsFileSection';
import { SiteRulesSection } from './SiteRulesSection';

export interface SyncNote {
  /** The phrase table is too large for sync and stays on this device. */
  phrasesLocal?: { sizeKb: number; limitKb: number };
}

interface Props {
  t: Translate;
  settings: Settings;
  sync: SyncNote;
  file: FileStatus;
  onChange(patch: Partial<Settings>): void;
  onExport(): void;
  onImport(file: File): void;
}

/** The whole options page; data comes in as props, every change goes out through onChange. */
export function OptionsPage({ t, settings, sync, file, onChange, onExport, onImport }: Props) {
  return (
    <main class="options">
      <header class="options-header">
        <h1>
          <img src="/icon/32.png" alt="" width="24" height="24" /> {t('optionsTitle')}
        </h1>
        <p class="muted">{t('optionsApplyNote')}</p>
        <p class="muted" data-testid="sync-note">
          {t('syncOn')}
        </p>
        {sync.phrasesLocal && (
          <p class="notice warn" role="status" data-testid="sync-phrases-local">
            {t('syncPhrasesLocal', { size: sync.phrasesLocal.sizeKb, limit: sync.phrasesLocal.limitKb })}
          </p>
        )}
      </header>
      <ReadingSection t={t} settings={settings} onChange={onChange} />
      <SiteRulesSection t={t} rules={settings.sites} target={settings.target} onChange={(sites) => onChange({ sites })} />
      <PhraseSection t={t} table={settings} onChange={({ phrases, protect }) => onChange({ phrases, protect })} />
      <SettingsFileSection t={t} status={file} onExport={onExport} onImport={onImport} />
    </main>
  );
}
