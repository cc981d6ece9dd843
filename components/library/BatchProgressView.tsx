// "Save all tabs": progress while the background works, then what happened to each tab.
import type { BatchProgress } from '@/lib/article/types';
import type { Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  progress: BatchProgress;
  onDismiss(): void;
}

export function BatchProgressView({ t, progress, onDismiss }: Props) {
  const { done, total, saved, updated, skipped, failed, finished } = progress;
  return (
    <div class={`notice ${finished && !failed.length ? 'ok' : ''}`} role="status" aria-live="polite" data-testid="batch">
      {finished ? (
        <p data-testid="batch-summary">{t('batchSummary', { saved, updated, skipped, failed: failed.length })}</p>
      ) : (
        <p>
          {t('batchProgress', { done, total })} <progress max={total} value={done} />
        </p>
      )}
      {failed.length > 0 && (
        <ul data-testid="batch-failures">
          {failed.map((f, i) => (
            <li key={i}>{t('batchFailed', { title: f.title, reason: f.reason })}</li>
          ))}
        </ul>
      )}
      {finished && <button type="button" data-testid="batch-dismiss" onClick={onDismiss}>{t('batchDismiss')}</button>}
    </div>
  );
}
