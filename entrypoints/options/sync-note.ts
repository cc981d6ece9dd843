import type { Settings } from '@/lib/settings/schema';
import type { SyncNote } from '@/components/options/OptionsPage';

/** Filled in by the sync step. */
export function syncNoteFor(_settings: Settings): SyncNote {
  return {};
}
