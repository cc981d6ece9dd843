import type { Settings } from '@/lib/settings/schema';
import { phraseTableSync } from '@/lib/settings/sync-plan';
import type { SyncNote } from '@/components/options/OptionsPage';

/** The visible note when the phrase table is too large for sync (the background keeps it local then). */
export function syncNoteFor(settings: Settings): SyncNote {
  const { bytes, available, fits } = phraseTableSync(settings);
  return fits ? {} : { phrasesLocal: { sizeKb: Math.ceil(bytes / 1024), limitKb: Math.floor(available / 1024) } };
}
