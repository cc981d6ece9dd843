import { browser } from 'wxt/browser';
// The keyboard shortcut (manifest command 'toggle-page') flips Qingwen on the current tab.
import { togglePage } from './page-toggle';
import { exposeForTests } from './test-hooks';

export async function runCommand(command: string, tabId: number | undefined) {
  if (command !== 'toggle-page') return null;
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  return id === undefined ? null : togglePage(id);
}

export function registerCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab?.id));
  exposeForTests({ runCommand });
}
