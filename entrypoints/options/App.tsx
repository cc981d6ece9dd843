// The options page: reads and watches the settings, writes every change at once (open tabs
// follow through their settings watch), and moves the settings file in and out.
import { useEffect, useState } from 'preact/hooks';
import { locale, t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/schema';
import { defaultSettings } from '@/lib/settings/schema';
import { exportSettingsFile, importSettingsFile } from '@/lib/settings/settings-file';
import { loadSettings, replaceSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { OptionsPage } from '@/components/options/OptionsPage';
import type { FileStatus } from '@/components/options/SettingsFileSection';
import { describeImportProblem } from '@/components/options/import-problem';
import { syncNoteFor } from './sync-note';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [file, setFile] = useState<FileStatus>({ kind: 'idle' });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('optionsTitle');
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  if (!settings) return null;

  const change = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch }); // at once; the stored value follows
    void updateSettings(patch);
  };

  const exportFile = () => {
    const blob = new Blob([exportSettingsFile(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'qingwen-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };

  const importFile = async (chosen: File) => {
    const result = importSettingsFile(await chosen.text(), defaultSettings(navigator.language));
    if (!result.ok) return setFile({ kind: 'failed', message: describeImportProblem(t, result.problem) });
    setSettings(await replaceSettings(result.settings));
    setFile({ kind: 'imported', name: chosen.name });
  };

  return <OptionsPage t={t} settings={settings} sync={syncNoteFor(settings)} file={file} onChange={change} onExport={exportFile} onImport={importFile} />;
}
