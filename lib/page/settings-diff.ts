import type { Settings } from '@/lib/settings/schema';
import { ruleFor } from '@/lib/settings/site-rules';

/** Whether a settings change concerns the page at `url` (other sites' rules do not). */
export function pageSettingsChanged(before: Settings, after: Settings, url: string): boolean {
  return (
    before.target !== after.target ||
    before.repair !== after.repair ||
    before.conversion !== after.conversion ||
    before.punctuation !== after.punctuation ||
    JSON.stringify(ruleFor(before, url)) !== JSON.stringify(ruleFor(after, url)) ||
    JSON.stringify(before.phrases) !== JSON.stringify(after.phrases) ||
    JSON.stringify(before.protect) !== JSON.stringify(after.protect)
  );
}
