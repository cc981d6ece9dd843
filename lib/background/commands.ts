import { browser } from 'wxt/browser';
// Keyboard shortcuts (manifest commands): 'toggle-page' flips Qingwen on the current tab,
// 'save-article' saves its article to the library and confirms in the badge.
import { togglePage } from './page-toggle';
import { saveTabWithBadge } from './save-tab';
import { exposeForTests } from './test-hooks';

export async function runCommand(command: string, tabId: number | undefined) {
  if (command !== 'toggle-page' && command !== 'save-article') return null;
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined) return null;
  return command === 'save-article' ? saveTabWithBadge(id) : togglePage(id);
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  exposeForTests({ runCommand });
}
