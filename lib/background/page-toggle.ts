// Turning Qingwen on or off for a whole tab: ask the top frame where it stands, then
// tell every frame the new state, so frames never disagree.
import { sendToTab, type PageState } from '@/lib/messaging';

export async function togglePage(tabId: number): Promise<PageState | null> {
  try {
    const state = await sendToTab(tabId, 'popupToContentGetState', {});
    return await sendToTab(tabId, 'backgroundToContentSetActive', { active: !state.active }, 'all');
  } catch {
    return null; // no content script in this tab (browser pages, the store)
  }
}
