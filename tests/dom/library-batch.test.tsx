// The library's "save all tabs" box: progress while running; at the end the figures and, for
// each tab that failed, its title and why.
import { expect, test } from 'vitest';
import { render } from 'preact';
import { translator } from '@/lib/i18n';
import type { BatchProgress } from '@/lib/article/types';
import { BatchProgressView } from '@/components/library/BatchProgressView';

const t = translator('en');
const base: BatchProgress = { startedAt: '2026-11-30T10:00:00.000Z', total: 4, done: 2, saved: 1, updated: 0, skipped: 1, failed: [], finished: false };

function show(progress: BatchProgress) {
  const host = document.createElement('div');
  render(<BatchProgressView t={t} progress={progress} onDismiss={() => {}} />, host);
  return host;
}

test('running: how many of how many, and no dismiss button yet', () => {
  const host = show(base);
  expect(host.textContent).toContain('Saving tabs: 2 of 4');
  expect(host.querySelector('progress')?.getAttribute('value')).toBe('2');
  expect(host.querySelector('[data-testid="batch-dismiss"]')).toBeNull();
});

test('finished: the summary, and each failure with its reason', () => {
  const host = show({ ...base, done: 4, saved: 2, finished: true, failed: [{ title: '綠道', reason: 'quota' }] });
  expect(host.querySelector('[data-testid="batch-summary"]')?.textContent).toBe(
    'All tabs done: 2 saved, 0 updated (already in the library), 1 skipped (no web page), 1 failed.',
  );
  expect(host.querySelector('[data-testid="batch-failures"]')?.textContent).toBe('“綠道” not saved: quota');
});
