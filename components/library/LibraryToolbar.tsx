import { useRef } from 'preact/hooks';
import type { Translate } from '@/lib/i18n';

interface Props {
  t: Translate;
  query: string;
  count: number;
  storage: string;
  onQuery(query: string): void;
  onExportAll(): void;
  /** How many articles are ticked for an EPUB. */
  checkedCount: number;
  /** Every tag in the library, and the one the list is filtered by ('' for all). */
  tags: string[];
  tag: string;
  onTag(tag: string): void;
  onExportEpub(): void;
  onImport(file: File): void;
}

export function LibraryToolbar({ t, query, count, storage, onQuery, onExportAll, checkedCount, tags, tag, onTag, onExportEpub, onImport }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="toolbar">
      <label class="search">
        <span class="visually-hidden">{t('searchLabel')}</span>
        <input
          type="search"
          value={query}
          placeholder={t('searchPlaceholder')}
          data-testid="search"
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label>
        <span class="visually-hidden">{t('tagFilterLabel')}</span>
        <select data-testid="tag-filter" value={tag} onChange={(e) => onTag((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('tagFilterAll')}</option>
          {tags.map((name) => (
            <option key={name} value={name}>{name}</option>
          ))}
        </select>
      </label>
      <span class="muted" data-testid="count">{t('articleCount', { count })}</span>
      <span class="muted" data-testid="storage">{storage}</span>
      <span class="spacer" />
      <button type="button" data-testid="export-epub-selected" disabled={checkedCount === 0} onClick={onExportEpub}>
        {t('exportSelectedEpub', { count: checkedCount })}
      </button>
      <button type="button" data-testid="export-zip" onClick={onExportAll}>{t('exportAll')}</button>
      <button type="button" data-testid="import-zip" onClick={() => fileInput.current?.click()}>{t('importZip')}</button>
      <input
        ref={fileInput}
        type="file"
        accept=".zip,application/zip"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = ''; // the same file can be chosen again
          if (file) onImport(file);
        }}
      />
    </div>
  );
}
