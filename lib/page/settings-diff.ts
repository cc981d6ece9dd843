import type { Settings } from '@/lib/settings/schema';

/** Whether a settings change concerns the page on `host` (other sites' overrides do not). */
export function pageSettingsChanged(before: Settings, after: Settings, host: string): boolean {
  return (
    before.target !== after.target ||
    before.repair !== after.repair ||
    before.conversion !== after.conversion ||
    before.sites[host] !== after.sites[host] ||
    JSON.stringify(before.phrases) !== JSON.stringify(after.phrases)
  );
}
