import type { Translate } from '@/lib/i18n';

export type FileStatus = { kind: 'idle' } | { kind: 'imported'; name: string } | { kind: 'failed'; message: string };

interface Props {
  t: Translate;
  status: FileStatus;
  onExport(): void;
  onImport(file: File): void;
}

/** Export to a JSON file and import one; a refused file says why in an alert and changes nothing. */
export function SettingsFileSection({ t, status, onExport, onImport }: Props) {
  return (
    <section class="card" aria-labelledby="file-heading">
      <h2 id="file-heading">{t('sectionFile')}</h2>
      <p class="muted">{t('fileHelp')}</p>
      <div class="inline-form">
        <button type="button" onClick={onExport} data-testid="export-settings">
          {t('exportSettings')}
        </button>
        {/* The browser's own file button speaks the browser's language, not the page's: a label styled as a button, with the input kept focusable. */}
        <label class="file-button">
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            data-testid="import-settings"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) onImport(file);
              input.value = ''; // the same file may be chosen again after a fix
            }}
          />
          <span>{t('importSettings')}</span>
        </label>
      </div>
      {status.kind === 'imported' && (
        <p class="notice ok" role="status" data-testid="import-status">
          {t('importedSettings', { name: status.name })}
        </p>
      )}
      {status.kind === 'failed' && (
        <p class="notice error" role="alert" data-testid="import-status">
          {status.message}
        </p>
      )}
    </section>
  );
}
