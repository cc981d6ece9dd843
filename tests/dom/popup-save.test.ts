// The popup's save path turns every outcome into a sentence for the reader, never a stack trace.
import { beforeEach, expect, test, vi } from 'vitest';
import { translator } from '@/lib/i18n';
import type { ArticleDraft } from '@/lib/article/types';

const sendToTab = vi.fn();
const sendToBackground = vi.fn();
vi.mock('@/lib/messaging', () => ({ sendToTab, sendToBackground, isNoReceiverError: () => false }));
const { saveArticleFromTab } = await import('@/entrypoints/popup/save-article');

const t = translator('en');
const draft = { title: '綠道', html: '<p>x</p>', text: 'x' } as ArticleDraft;
const state = {
  url: 'https://example.org/', host: 'example.org', title: '綠道', active: true, changedNodes: 3, convertedTo: 'simplified' as const,
  verdict: { script: 'traditional' as const, simplified: 0, traditional: 9, han: 9, sampled: 9 },
  report: { garbles: [], repaired: [{ kind: 'pinyin-injection' as const, count: 4 }], unrecoverable: [] },
};

beforeEach(() => {
  sendToTab.mockReset();
  sendToBackground.mockReset();
});

/** The background answers "is this URL saved?" with `existing` and a save with `save`. */
function background(save: unknown, existing: unknown = null) {
  sendToBackground.mockImplementation(async (type: string) => (type === 'popupToBackgroundFindByUrl' ? { existing } : save));
}
const saveCalls = () => sendToBackground.mock.calls.filter(([type]) => type === 'popupToBackgroundSaveArticle');

test('a successful save sends the draft with what was done to the page', async () => {
  sendToTab.mockResolvedValue({ ok: true, draft });
  background({ ok: true, id: 'id-1' });
  expect(await saveArticleFromTab(7, state, true, t, { 台: '臺' })).toEqual({ kind: 'saved', id: 'id-1', title: '綠道', updated: false });
  expect(sendToTab).toHaveBeenCalledWith(7, 'popupToContentExtractArticle', { embedImages: true, convertTo: 'simplified', phrases: { 台: '臺' } });
  expect(saveCalls()[0][1].replaceId).toBeUndefined();
  expect(saveCalls()[0][1].provenance).toEqual({
    detectedScript: 'traditional', convertedTo: 'simplified', repaired: [{ kind: 'pinyin-injection', count: 4 }], unrecoverable: 0, redecoded: null,
  });
});

test('a full disk is explained as such', async () => {
  sendToTab.mockResolvedValue({ ok: true, draft });
  background({ ok: false, error: 'quota', detail: 'QuotaExceededError' });
  expect(await saveArticleFromTab(7, state, false, t)).toEqual({ kind: 'error', message: t('saveQuota') });
});

test('extraction failures and broken connections become sentences', async () => {
  sendToTab.mockResolvedValue({ ok: false, error: 'extract-failed', detail: 'no body' });
  expect(await saveArticleFromTab(7, state, false, t)).toEqual({ kind: 'error', message: 'Could not find an article on this page: no body' });
  sendToTab.mockRejectedValue(new Error('The tab was closed.'));
  const status = await saveArticleFromTab(7, state, false, t);
  expect(status).toEqual({ kind: 'error', message: 'Not saved: The tab was closed.' });
  expect(sendToBackground).not.toHaveBeenCalled();
});

test('a page already in the library asks first; "update" replaces that copy, "keep both" adds one', async () => {
  sendToTab.mockResolvedValue({ ok: true, draft });
  const existing = { id: 'old', title: '綠道', savedAt: '2026-11-29T10:00:00.000Z' };
  background({ ok: true, id: 'old' }, existing);
  expect(await saveArticleFromTab(7, state, false, t)).toEqual({ kind: 'duplicate', title: '綠道', savedAt: existing.savedAt });
  expect(saveCalls()).toHaveLength(0);
  expect(await saveArticleFromTab(7, state, false, t, {}, 'update')).toMatchObject({ kind: 'saved', id: 'old', updated: true });
  expect(saveCalls()[0][1].replaceId).toBe('old');
  background({ ok: true, id: 'new' }, existing);
  expect(await saveArticleFromTab(7, state, false, t, {}, 'keep-both')).toMatchObject({ kind: 'saved', id: 'new', updated: false });
  expect(saveCalls().at(-1)![1].replaceId).toBeUndefined();
});
