import { useState } from 'preact/hooks';
import type { Target } from '@/lib/engine/types';
import type { MessageKey, Translate } from '@/lib/i18n';
import type { SiteMode, SiteRule } from '@/lib/settings/schema';
import { patternProblem } from '@/lib/settings/site-rules';
import { TARGET_KEYS, TargetSelect } from '@/components/TargetSelect';

interface Props {
  t: Translate;
  rules: SiteRule[];
  /** The reader's own target: the starting choice for a site's own script. */
  target: Target;
  onChange(rules: SiteRule[]): void;
}

/** The list of site rules: read, add, edit (one row at a time) and delete. */
export function SiteRulesSection({ t, rules, target, onChange }: Props) {
  const [editing, setEditing] = useState<number | null>(null);
  const replace = (index: number, rule: SiteRule) => {
    onChange(rules.map((r, i) => (i === index ? rule : r)));
    setEditing(null);
  };
  return (
    <section class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sectionSites')}</h2>
      <p class="muted">{t('sitesHelp')}</p>
      {rules.length === 0 ? (
        <p data-testid="sites-empty">{t('sitesEmpty')}</p>
      ) : (
        <ul class="rules" data-testid="site-rules">
          {rules.map((rule, index) =>
            editing === index ? (
              <li key={`edit-${index}`}>
                <RuleForm t={t} initial={rule} target={target} submitLabel={t('saveRule')} onSubmit={(r) => replace(index, r)} onCancel={() => setEditing(null)} />
              </li>
            ) : (
              <li key={`${rule.pattern}-${index}`} class="rule-row" data-testid="site-rule">
                <code class="pattern">{rule.pattern}</code>
                <span>{describe(t, rule)}</span>
                <span class="row-actions">
                  <button type="button" onClick={() => setEditing(index)} aria-label={`${t('editRule')}: ${rule.pattern}`}>
                    {t('editRule')}
                  </button>
                  <button type="button" onClick={() => onChange(rules.filter((_, i) => i !== index))} aria-label={`${t('removeEntry')}: ${rule.pattern}`}>
                    {t('removeEntry')}
                  </button>
                </span>
              </li>
            ),
          )}
        </ul>
      )}
      <h3>{t('addRule')}</h3>
      <RuleForm t={t} target={target} submitLabel={t('addRule')} onSubmit={(rule) => onChange([...rules, rule])} testId="add-rule" />
    </section>
  );
}

function describe(t: Translate, rule: SiteRule): string {
  if (rule.mode === 'target' && rule.target) return t('siteOwnTarget', { target: t(TARGET_KEYS[rule.target]) });
  return t(`siteMode.${rule.mode}` as MessageKey);
}

interface FormProps {
  t: Translate;
  initial?: SiteRule;
  target: Target;
  submitLabel: string;
  onSubmit(rule: SiteRule): void;
  onCancel?(): void;
  testId?: string;
}

function RuleForm({ t, initial, target, submitLabel, onSubmit, onCancel, testId }: FormProps) {
  const [pattern, setPattern] = useState(initial?.pattern ?? '');
  const [mode, setMode] = useState<SiteMode>(initial?.mode ?? 'never');
  const [siteTarget, setSiteTarget] = useState<Target>(initial?.target ?? target);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const trimmed = pattern.trim();
    const wrong = patternProblem(trimmed);
    if (wrong) return setProblem(t(`patternProblem.${wrong}` as MessageKey, { pattern: trimmed }));
    setProblem(null);
    onSubmit(mode === 'target' ? { pattern: trimmed, mode, target: siteTarget } : { pattern: trimmed, mode });
    if (!initial) setPattern('');
  };
  const id = testId ?? 'edit-rule';
  return (
    <form class="inline-form" onSubmit={submit} data-testid={id} onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}>
      <label>
        <span>{t('sitePattern')}</span>
        <input
          type="text"
          value={pattern}
          placeholder="*.example.com"
          spellcheck={false}
          autoFocus={!!initial}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          data-testid={`${id}-pattern`}
          onInput={(e) => {
            setPattern((e.currentTarget as HTMLInputElement).value);
            setProblem(null); // the message was about what the reader is now changing
          }}
        />
      </label>
      <label>
        <span>{t('siteMode')}</span>
        <select value={mode} data-testid={`${id}-mode`} onChange={(e) => setMode((e.currentTarget as HTMLSelectElement).value as SiteMode)}>
          {(['never', 'always', 'target'] as const).map((m) => (
            <option key={m} value={m}>
              {t(`siteMode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      {mode === 'target' && (
        <label>
          <span>{t('siteTarget')}</span>
          <TargetSelect t={t} value={siteTarget} testId={`${id}-target`} onChange={setSiteTarget} />
        </label>
      )}
      <span class="row-actions">
        <button type="submit" class="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </span>
      {problem && (
        <p class="notice error" role="alert" id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </form>
  );
}
