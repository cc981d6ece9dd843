import { browser } from 'wxt/browser';
// Context menu: convert the selection, the whole page, or the text in the focused input box,
// always in the frame the menu was opened in.
import { sendToTab, type ConvertScope } from '@/lib/messaging';
import { exposeForTests } from './test-hooks';
import { saveTabWithBadge } from './save-tab';

type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
type MenuContexts = NonNullable<Parameters<typeof browser.contextMenus.create>[0]['contexts']>;

const SAVE_ITEM: { id: string; contexts: MenuContexts; message: MessageKey } = { id: 'qingwen-save-article', contexts: ['page'], message: 'menuSaveArticle' };

const MENU: { id: string; scope: ConvertScope; contexts: MenuContexts; message: MessageKey }[] = [
  { id: 'qingwen-convert-selection', scope: 'selection', contexts: ['selection'], message: 'menuConvertSelection' },
  { id: 'qingwen-convert-field', scope: 'field', contexts: ['editable'], message: 'menuConvertField' },
  { id: 'qingwen-convert-page', scope: 'page', contexts: ['page'], message: 'menuConvertPage' },
];

export async function runMenuItem(menuItemId: string | number, tabId: number | undefined, frameId = 0) {
  if (menuItemId === SAVE_ITEM.id) return tabId === undefined ? null : saveTabWithBadge(tabId);
  const item = MENU.find((m) => m.id === menuItemId);
  if (!item || tabId === undefined) return null;
  try {
    return await sendToTab(tabId, 'backgroundToContentConvert', { scope: item.scope }, { frameId });
  } catch {
    return null; // no content script there
  }
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    for (const item of [...MENU, SAVE_ITEM]) {
      browser.contextMenus.create({ id: item.id, title: browser.i18n.getMessage(item.message) || item.id, contexts: item.contexts });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => void runMenuItem(info.menuItemId, tab?.id, info.frameId));
  exposeForTests({ runMenuItem });
}
