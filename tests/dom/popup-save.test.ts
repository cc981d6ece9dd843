// The popup's save path turns every outcome into a sentence for the reader, never a stack trace.
import { beforeEach, expect, test, vi } from 'vitest';
import { translator } from '@/lib/i18n';
import type { ArticleDraft } from '@/lib/article/types';

const sendToTab = vi.fn();
const sendToBackground = vi.fn();
vi.mock('@/lib/article/send', () => ({ sendToTab, sendToBackground, isNoReceiverError: () => false }));
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

test('a successful save sends the draft with what was done to the page', async () => {
  sendToTab.mockResolvedValue({ ok: true, draft });
  sendToBackground.mockResolvedValue({ ok: true, id: 'id-1' });
  expect(await saveArticleFromTab(7, state, true, t, { 台: '臺' })).toEqual({ kind: 'saved', id: 'id-1', title: '綠道' });
  expect(sendToTab).toHaveBeenCalledWith(7, 'popupToContentExtractArticle', { embedImages: true, convertTo: 'simplified', phrases: { 台: '臺' } });
  expect(sendToBackground.mock.calls[0][1].provenance).toEqual({
    detectedScript: 'traditional', convertedTo: 'simplified', repaired: [{ kind: 'pinyin-injection', count: 4 }], unrecoverable: 0, redecoded: null,
  });
});

test('a full disk is explained as such', async () => {
  sendToTab.mockResolvedValue({ ok: true, draft });
  sendToBackground.mockResolvedValue({ ok: false, error: 'quota', detail: 'QuotaExceededError' });
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
