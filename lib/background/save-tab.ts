import { browser } from 'wxt/browser';
// Saving without the popup (keyboard shortcut, context menu): extract in the tab as the reader
// sees it, store, and confirm in that tab's badge. A page already in the library has its newest
// copy updated (highlights and tags kept): a shortcut cannot ask, and the badge says which it did.
import { provenanceFromState } from '@/lib/article/provenance';
import { sendToTab, type PageState } from '@/lib/messaging';
import { libraryDb } from '@/lib/library/db';
import { articlesAtUrl, updateCopy } from '@/lib/library/find';
import { saveDraft } from '@/lib/library/save';
import { loadSettings } from '@/lib/settings/store';

export type SaveTabOutcome =
  | { kind: 'saved' | 'updated'; id: string; title: string }
  | { kind: 'failed'; reason: 'unreachable' | 'extract-failed' | 'quota' | 'save-failed'; detail: string };

export async function saveTab(tabId: number): Promise<SaveTabOutcome> {
  const state: PageState | null = await sendToTab(tabId, 'popupToContentGetState', {}).catch(() => null);
  const phrases = (await loadSettings().catch(() => null))?.phrases ?? {};
  const convertTo = state?.active ? state.convertedTo ?? null : null;
  let extracted;
  try {
    extracted = await sendToTab(tabId, 'popupToContentExtractArticle', { embedImages: false, convertTo, phrases });
  } catch (error) {
    return { kind: 'failed', reason: 'unreachable', detail: String((error as Error)?.message ?? error) };
  }
  if (!extracted?.ok) return { kind: 'failed', reason: 'extract-failed', detail: extracted?.detail ?? '—' };
  const request = { draft: extracted.draft, provenance: provenanceFromState(state) };
  const db = libraryDb();
  const [existing] = await articlesAtUrl(db, extracted.draft.url);
  if (existing) {
    const updated = await updateCopy(db, existing.id, request).catch(() => undefined);
    if (updated) return { kind: 'updated', id: updated.id, title: updated.title };
  }
  const saved = await saveDraft(db, request);
  return saved.ok
    ? { kind: 'saved', id: saved.id, title: extracted.draft.title }
    : { kind: 'failed', reason: saved.error, detail: saved.detail };
}

const BADGE = { saved: ['✓', '#2f7d4a'], updated: ['↻', '#2f7d4a'], failed: ['✗', '#b3261e'] } as const;

/** The tab's badge confirms the save; its tooltip says what happened, in the browser's language. */
export async function confirmInBadge(tabId: number, outcome: SaveTabOutcome): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const [text, color] = BADGE[outcome.kind];
  const message =
    outcome.kind === 'failed'
      ? browser.i18n.getMessage('badgeSaveFailed', [outcome.reason])
      : browser.i18n.getMessage(outcome.kind === 'saved' ? 'badgeSaved' : 'badgeUpdated', [outcome.title]);
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color }),
    action.setTitle({ tabId, title: `Qingwen\n${message || outcome.kind}` }),
  ]);
}

export async function saveTabWithBadge(tabId: number): Promise<SaveTabOutcome> {
  const outcome = await saveTab(tabId);
  await confirmInBadge(tabId, outcome).catch(() => {});
  return outcome;
}
