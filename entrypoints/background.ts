import { registerLibraryHandlers } from '@/lib/background/library';
import { registerBadge } from '@/lib/background/badge';
import { registerCommands } from '@/lib/background/commands';
import { registerContextMenu } from '@/lib/background/context-menu';
import { startSettingsSync } from '@/lib/settings/sync';
import { exposeForTests } from '@/lib/background/test-hooks';
import { sendToTab } from '@/lib/messaging';

// One line per feature; each register call adds its own listeners.
export default defineBackground(() => {
  registerLibraryHandlers();
  registerBadge();
  registerCommands();
  registerContextMenu();
  startSettingsSync();
  // The e2e tests talk to tabs as the popup and the background do, through the same sender.
  exposeForTests({ sendToTab });
});
