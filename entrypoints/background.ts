import { registerLibraryHandlers } from '@/lib/background/library';

export default defineBackground(() => {
  // Filled in by the page and library issues: badge, commands, context menu, library writes.
  registerLibraryHandlers();
});
