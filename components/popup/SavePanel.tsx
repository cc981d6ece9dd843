import type { Translate } from '@/lib/i18n';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; id: string; title: string; updated?: boolean }
  /** The page is in the library already: update that copy, or keep both? */
  | { kind: 'duplicate'; title: string; savedAt: string }
  | { kind: 'error'; message: string };

interface Props {
  t: Translate;
  status: SaveStatus;
  embedImages: boolean;
  onEmbedImagesChange(value: boolean): void;
  /** The reader declined the permission for other hosts: their images will stay links. */
  imagesElsewhereDeclined?: boolean;
  onSave(choice?: 'update' | 'keep-both'): void;
  /** Saves every tab of the window; the library shows progress and a summary. */
  onSaveAll?(): void;
  libraryUrl(id?: string): string;
}

export function SavePanel({ t, status, embedImages, onEmbedImagesChange, imagesElsewhereDeclined, onSave, onSaveAll, libraryUrl }: Props) {
  return (
    <section aria-labelledby="save-heading" class="card">
      <h2 id="save-heading">{t('sectionSave')}</h2>
      <label class="check-row">
        <input
          type="checkbox"
          checked={embedImages}
          data-testid="embed-images"
          onChange={(e) => onEmbedImagesChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('embedImages')}</span>
      </label>
      {imagesElsewhereDeclined && (
        <p class="notice" data-testid="image-permission-note">{t('imagesStayLinks')}</p>
      )}
      <div class="actions">
        <button type="button" class="primary" data-testid="save" disabled={status.kind === 'saving'} onClick={() => onSave()}>
          {status.kind === 'saving' ? t('saving') : t('saveArticle')}
        </button>
        {onSaveAll && (
          <button type="button" data-testid="save-all-tabs" onClick={onSaveAll}>
            {t('saveAllTabs')}
          </button>
        )}
        <a href={libraryUrl()} target="_blank" rel="noopener" data-testid="open-library">
          {t('openLibrary')}
        </a>
      </div>
      <div role="status" aria-live="polite" data-testid="save-status">
        {status.kind === 'duplicate' && (
          <div class="notice" data-testid="duplicate">
            <p>{t('alreadySaved', { title: status.title })}</p>
            <button type="button" class="primary" data-testid="update-copy" onClick={() => onSave('update')}>{t('updateCopy')}</button>{' '}
            <button type="button" data-testid="keep-both" onClick={() => onSave('keep-both')}>{t('keepBoth')}</button>
          </div>
        )}
        {status.kind === 'saved' && (
          <p class="notice ok">
            {t(status.updated ? 'savedUpdated' : 'saved', { title: status.title })}{' '}
            <a href={libraryUrl(status.id)} target="_blank" rel="noopener">
              {t('openSaved')}
            </a>
          </p>
        )}
        {status.kind === 'error' && <p class="notice error">{status.message}</p>}
      </div>
    </section>
  );
}
