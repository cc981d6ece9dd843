import type { PageState } from '@/lib/messaging';
import type { Translate } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { Script } from '@/lib/engine/types';
import { TARGET_KEYS } from '@/components/TargetSelect';

const SCRIPT_KEYS: Record<Script, MessageKey> = {
  simplified: 'scriptSimplified',
  traditional: 'scriptTraditional',
  mixed: 'scriptMixed',
  none: 'scriptNone',
};

function idleText(t: Translate, reason: string | undefined): string {
  const known = ['site-off', 'user-off', 'not-chinese'];
  return t('idle', { reason: t(`idle.${known.includes(reason ?? '') ? reason : 'other'}` as MessageKey) });
}

/** The script the page was converted to; or, on a page already in the reader's script, what it got. */
function conversionText(t: Translate, { convertedTo, touchedUp }: PageState): string {
  if (convertedTo) return t(TARGET_KEYS[convertedTo]);
  if (!touchedUp) return t('notConverted');
  return t(touchedUp.phrases && touchedUp.punctuation ? 'touchedUpBoth' : touchedUp.phrases ? 'touchedUpPhrases' : 'touchedUpQuotes');
}

const shorten = (text: string) => (text.length > 24 ? text.slice(0, 24) + '…' : text);

/** What was detected on the page and what Qingwen did about it. */
export function PageReport({ state, t }: { state: PageState; t: Translate }) {
  const repaired = state.report?.repaired.filter((r) => r.count > 0) ?? [];
  const unrecoverable = state.report?.unrecoverable ?? [];
  return (
    <section aria-labelledby="detected-heading" class="card">
      <h2 id="detected-heading">{t('sectionDetected')}</h2>
      {!state.active && <p class="notice warn" data-testid="idle">{idleText(t, state.idleReason)}</p>}
      {/* The detail stays in the page session's own report; the reader gets a sentence. */}
      {state.error && <p class="notice error" data-testid="page-error">{t('pageError')}</p>}
      <dl class="facts">
        <dt>{t('script')}</dt>
        <dd data-testid="script">{state.verdict ? t(SCRIPT_KEYS[state.verdict.script]) : '—'}</dd>
        <dt>{t(!state.convertedTo && state.touchedUp ? 'touchedUp' : 'convertedTo')}</dt>
        <dd data-testid="converted">{conversionText(t, state)}</dd>
        <dt>{t('repaired')}</dt>
        <dd data-testid="repaired">
          {repaired.length === 0 ? (
            t('nothingRepaired')
          ) : (
            <ul>
              {repaired.map((r) => (
                <li key={r.kind}>
                  {t(`kind.${r.kind}` as MessageKey)} <strong>×{r.count}</strong>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {state.redecoded && (
        <p class="notice ok" data-testid="redecoded">
          {t('redecoded', { from: state.redecoded.from, to: state.redecoded.to })}
        </p>
      )}
      {unrecoverable.length > 0 && (
        <div class="notice warn" role="status" data-testid="unrecoverable">
          <p>{t('unrecoverable', { count: unrecoverable.length })}</p>
          <ul class="spans">
            {unrecoverable.slice(0, 3).map((span, i) => (
              <li key={i}>
                <q>{shorten(span.text.trim())}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.active && state.changedNodes > 0 && <p class="muted">{t('changedNodes', { count: state.changedNodes })}</p>}
    </section>
  );
}
