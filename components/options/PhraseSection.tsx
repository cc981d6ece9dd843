import { useState } from 'preact/hooks';
import type { MessageKey, Translate } from '@/lib/i18n';
import { DIRECTIONS, type PhraseDirection, type PhraseRule, type ProtectRule, type Settings } from '@/lib/settings/schema';
import { mergePhrases, parseBulkPhrases } from '@/lib/settings/phrases';
import { MAX_PHRASE_LENGTH } from '@/lib/settings/fields';

type Table = Pick<Settings, 'phrases' | 'protect'>;

interface Props {
  t: Translate;
  table: Table;
  onChange(table: Table): void;
}

/** A table of 10,000 entries stays usable: rows beyond this many are found with the filter. */
const SHOWN_ROWS = 200;

/** Replacements and protected phrases: one at a time, or many pasted at once. */
export function PhraseSection({ t, table, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const replace = (phrases: PhraseRule[]) => onChange({ ...table, phrases });
  const protect = (list: ProtectRule[]) => onChange({ ...table, protect: list });
  const match = (...texts: string[]) => !filter || texts.some((text) => text.includes(filter));
  return (
    <section class="card" aria-labelledby="phrases-heading">
      <h2 id="phrases-heading">{t('sectionPhrases')}</h2>
      <p class="muted">{t('phrasesHelp')}</p>
      <AddPhraseForm t={t} onAdd={(added) => onChange(mergePhrases(table, added))} />
      <BulkPaste t={t} onAdd={(added) => onChange(mergePhrases(table, added))} />
      <label class="row filter">
        <span>{t('phraseFilter')}</span>
        <input type="search" value={filter} data-testid="phrase-filter" onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <EntryList
        t={t}
        title={t('replacementsTitle', { count: table.phrases.length })}
        testId="replacements"
        entries={table.phrases.map((p, index) => ({ p, index })).filter(({ p }) => match(p.from, p.to))}
        render={({ p }) => (
          <>
            <span lang="zh">{p.from}</span> <span aria-hidden="true">→</span> <span lang="zh">{p.to || '∅'}</span>
            <span class="muted"> · {t(`direction.${p.direction}` as MessageKey)}</span>
          </>
        )}
        label={({ p }) => `${p.from} → ${p.to}`}
        onRemove={({ index }) => replace(table.phrases.filter((_, i) => i !== index))}
      />
      <EntryList
        t={t}
        title={t('protectedTitle', { count: table.protect.length })}
        testId="protected"
        entries={table.protect.map((p, index) => ({ p, index })).filter(({ p }) => match(p.phrase))}
        render={({ p }) => (
          <>
            <span lang="zh">{p.phrase}</span>
            <span class="muted"> · {t(`direction.${p.direction}` as MessageKey)}</span>
          </>
        )}
        label={({ p }) => p.phrase}
        onRemove={({ index }) => protect(table.protect.filter((_, i) => i !== index))}
      />
    </section>
  );
}

function EntryList<E>(props: {
  t: Translate;
  title: string;
  testId: string;
  entries: E[];
  render(entry: E): preact.ComponentChildren;
  label(entry: E): string;
  onRemove(entry: E): void;
}) {
  const { t, title, testId, entries, render, label, onRemove } = props;
  const shown = entries.slice(0, SHOWN_ROWS);
  return (
    <div class="entries">
      <h3>{title}</h3>
      {entries.length === 0 && <p class="muted">{t('listEmpty')}</p>}
      <ul data-testid={testId}>
        {shown.map((entry, i) => (
          <li key={i} class="rule-row">
            <span class="entry">{render(entry)}</span>
            <button type="button" onClick={() => onRemove(entry)} aria-label={`${t('removeEntry')}: ${label(entry)}`}>
              {t('removeEntry')}
            </button>
          </li>
        ))}
      </ul>
      {entries.length > shown.length && <p class="muted">{t('listShown', { shown: shown.length, count: entries.length })}</p>}
    </div>
  );
}

function DirectionSelect({ t, value, onChange, testId }: { t: Translate; value: PhraseDirection; onChange(d: PhraseDirection): void; testId: string }) {
  return (
    <label>
      <span>{t('phraseDirection')}</span>
      <select value={value} data-testid={testId} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as PhraseDirection)}>
        {DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {t(`direction.${d}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}

type Added = { phrases: PhraseRule[]; protect: ProtectRule[] };

function AddPhraseForm({ t, onAdd }: { t: Translate; onAdd(added: Added): void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [direction, setDirection] = useState<PhraseDirection>('both');
  const submit = (e: Event) => {
    e.preventDefault();
    const source = from.trim();
    if (!source) return;
    const replacement = to.trim();
    onAdd(replacement ? { phrases: [{ from: source, to: replacement, direction }], protect: [] } : { phrases: [], protect: [{ phrase: source, direction }] });
    setFrom('');
    setTo('');
  };
  return (
    <form class="inline-form" onSubmit={submit} data-testid="add-phrase">
      <label>
        <span>{t('phraseSource')}</span>
        <input type="text" required maxLength={MAX_PHRASE_LENGTH} value={from} data-testid="add-phrase-from" onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        <span>{t('phraseReplacement')}</span>
        <input type="text" maxLength={MAX_PHRASE_LENGTH} value={to} data-testid="add-phrase-to" onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <DirectionSelect t={t} value={direction} onChange={setDirection} testId="add-phrase-direction" />
      <button type="submit" class="primary">
        {t('addPhrase')}
      </button>
    </form>
  );
}

function BulkPaste({ t, onAdd }: { t: Translate; onAdd(added: Added): void }) {
  const [text, setText] = useState('');
  const [direction, setDirection] = useState<PhraseDirection>('both');
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const result = parseBulkPhrases(text, direction);
    if (!result.ok) {
      setStatus({ ok: false, message: t(`bulkProblem.${result.reason}` as MessageKey, { line: result.line, text: result.text }) });
      return;
    }
    onAdd(result);
    setText('');
    setStatus({ ok: true, message: t('bulkAdded', { phrases: result.phrases.length, protect: result.protect.length }) });
  };
  return (
    <form class="bulk" onSubmit={submit} data-testid="bulk-phrases">
      <label class="stack">
        <span>{t('bulkLabel')}</span>
        <textarea rows={4} value={text} spellcheck={false} data-testid="bulk-text" onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="inline-form">
        <DirectionSelect t={t} value={direction} onChange={setDirection} testId="bulk-direction" />
        <button type="submit">{t('bulkAdd')}</button>
      </div>
      {status && (
        <p class={`notice ${status.ok ? 'ok' : 'error'}`} role={status.ok ? 'status' : 'alert'} data-testid="bulk-status">
          {status.message}
        </p>
      )}
    </form>
  );
}
