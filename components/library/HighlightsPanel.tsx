// The article's highlights in reading order, each with its note (saved when the field is left).
import type { Highlight } from '@/lib/article/types';
import type { Translate } from '@/lib/i18n';
import { inReadingOrder } from '@/lib/article/highlights';

interface Props {
  t: Translate;
  highlights: readonly Highlight[];
  /** A highlight's words as the body shows them (in the chosen script, from the page's own text). */
  show: (highlight: Highlight) => string;
  onNote(id: string, note: string): void;
  onRemove(id: string): void;
}

export function HighlightsPanel({ t, highlights, show, onNote, onRemove }: Props) {
  if (!highlights.length) return null;
  return (
    <section class="highlights-panel" aria-labelledby="highlights-heading" data-testid="highlights">
      <h2 id="highlights-heading">{t('highlightsHeading')}</h2>
      <ol>
        {inReadingOrder(highlights).map((h) => (
          <li key={h.id} data-testid="highlight-item">
            <mark>{show(h)}</mark>
            <label>
              <span class="visually-hidden">{t('noteLabel', { text: show(h) })}</span>
              <textarea
                rows={2}
                data-testid="note"
                data-highlight={h.id}
                value={h.note}
                placeholder={t('noteLabel', { text: show(h).slice(0, 12) })}
                onChange={(e) => onNote(h.id, (e.currentTarget as HTMLTextAreaElement).value)}
                // Escape hands the keyboard back to the article (H highlights again).
                onKeyDown={(e) => e.key === 'Escape' && (e.currentTarget as HTMLTextAreaElement).blur()}
              />
            </label>
            <button type="button" data-testid="remove-highlight" onClick={() => onRemove(h.id)}>
              {t('removeHighlight')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
