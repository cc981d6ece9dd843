// The popup's save: extract in the page (as the reader sees it), store through the background.
import { sendToBackground, sendToTab, type PageState } from '@/lib/messaging';
import type { Translate } from '@/lib/i18n';
import { provenanceFromState } from '@/lib/article/provenance';
import type { SaveStatus } from '@/components/popup/SavePanel';

export async function saveArticleFromTab(
  tabId: number,
  state: PageState | null,
  embedImages: boolean,
  t: Translate,
  phrases: Record<string, string> = {},
  /** The reader's answer when the page is already in the library; unset: ask first. */
  choice?: 'update' | 'keep-both',
): Promise<SaveStatus> {
  try {
    const convertTo = state?.active ? state.convertedTo ?? null : null;
    const extracted = await sendToTab(tabId, 'popupToContentExtractArticle', { embedImages, convertTo, phrases });
    if (!extracted?.ok) return { kind: 'error', message: t('extractFailed', { detail: extracted?.detail ?? '—' }) };
    const found = await sendToBackground('popupToBackgroundFindByUrl', { url: extracted.draft.url });
    const existing = found?.existing ?? null;
    if (existing && !choice) return { kind: 'duplicate', title: existing.title, savedAt: existing.savedAt };
    const saved = await sendToBackground('popupToBackgroundSaveArticle', {
      draft: extracted.draft,
      provenance: provenanceFromState(state),
      replaceId: existing && choice === 'update' ? existing.id : undefined,
    });
    if (saved?.ok) return { kind: 'saved', id: saved.id, title: extracted.draft.title, updated: !!existing && choice === 'update' };
    if (saved?.error === 'quota') return { kind: 'error', message: t('saveQuota') };
    return { kind: 'error', message: t('saveFailed', { detail: saved?.detail ?? '—' }) };
  } catch (error) {
    return { kind: 'error', message: t('saveFailed', { detail: String((error as Error)?.message ?? error) }) };
  }
}
