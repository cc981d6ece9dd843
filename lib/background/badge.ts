import { browser } from 'wxt/browser';
// The toolbar badge of each tab says what Qingwen did there: a number of repairs, the
// charset a page was re-decoded from, or the script it was converted to.
import { onMessage, type PageState } from '@/lib/messaging';
import { repairedCount } from '@/lib/engine/report';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const COLORS = { converted: '#2f7d4a', repaired: '#b35c00', warning: '#b3261e', off: '#777777' };

export function badgeFor(state: PageState): Badge {
  const lines = ['Qingwen'];
  if (!state.active) {
    lines.push(state.idleReason === 'user-off' ? 'off on this page' : `idle (${state.idleReason ?? 'nothing to do'})`);
    return { text: state.idleReason === 'user-off' ? 'off' : '', color: COLORS.off, title: lines.join('\n') };
  }
  const repaired = repairedCount(state.report);
  const unrecoverable = state.report?.unrecoverable.length ?? 0;
  if (state.redecoded) lines.push(`re-decoded as ${state.redecoded.to} (was ${state.redecoded.from})`);
  for (const r of state.report?.repaired ?? []) lines.push(`repaired ${r.count} × ${r.kind}`);
  if (unrecoverable) lines.push(`${unrecoverable} passage(s) could not be restored`);
  if (state.convertedTo) lines.push(`converted to ${state.convertedTo}`);
  if (state.error) lines.push(`error: ${state.error}`);
  const title = lines.join('\n');
  if (unrecoverable && !repaired) return { text: '!', color: COLORS.warning, title };
  if (repaired) return { text: repaired > 999 ? '999+' : String(repaired), color: COLORS.repaired, title };
  if (state.redecoded) return { text: charsetShortName(state.redecoded.to), color: COLORS.repaired, title };
  if (state.convertedTo) return { text: state.convertedTo === 'simplified' ? '简' : '繁', color: COLORS.converted, title };
  return { text: '', color: COLORS.off, title };
}

function charsetShortName(charset: string): string {
  if (/gb/i.test(charset)) return 'GBK';
  if (/big5/i.test(charset)) return 'Big5';
  return /utf-?8/i.test(charset) ? 'UTF8' : charset.slice(0, 4);
}

export async function showBadge(tabId: number, state: PageState) {
  const badge = badgeFor(state);
  // Chrome MV3 has `action`; Firefox's MV2 build has `browserAction` with the same methods.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}

/** Content scripts report their state; the badge of their tab follows. */
export function registerBadge(): void {
  onMessage('contentToBackgroundState', (state, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !sender.frameId) showBadge(tabId, state).catch(() => {});
  });
}
