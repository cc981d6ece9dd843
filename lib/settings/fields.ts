// Checks for each settings field, shared by the settings file import (strict: one bad field
// rejects the file) and by loading stored values (lenient: a bad field falls back to its default).
import type { Target } from '@/lib/engine/types';
import {
  DIRECTIONS,
  TARGETS,
  type PhraseDirection,
  type PhraseRule,
  type ProtectRule,
  type Settings,
  type SiteRule,
} from './schema';
import { patternProblem } from './site-rules';

/** Why a field was refused: the field's name, the list index if any, and a message key. */
export interface FieldProblem {
  field: keyof Settings;
  index?: number;
  reason: 'type' | 'value' | 'pattern' | 'empty' | 'too-long';
}

export type FieldResult<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

/** Long enough for any real phrase; keeps one pasted paragraph from becoming a "phrase". */
export const MAX_PHRASE_LENGTH = 100;

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = (field: keyof Settings, reason: FieldProblem['reason'], index?: number): FieldResult<never> => ({
  ok: false,
  problem: { field, reason, index },
});

const isTarget = (v: unknown): v is Target => TARGETS.includes(v as Target);
const isDirection = (v: unknown): v is PhraseDirection => DIRECTIONS.includes(v as PhraseDirection);
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function list<T>(field: keyof Settings, value: unknown, item: (v: unknown) => T | FieldProblem['reason']): FieldResult<T[]> {
  if (!Array.isArray(value)) return bad(field, 'type');
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) {
    const checked = item(value[i]);
    if (typeof checked === 'string') return bad(field, checked as FieldProblem['reason'], i);
    out.push(checked);
  }
  return ok(out);
}

function phraseText(v: unknown): string | FieldProblem['reason'] {
  if (typeof v !== 'string') return 'type';
  if (!v.trim()) return 'empty';
  return v.length > MAX_PHRASE_LENGTH ? 'too-long' : v;
}

function siteRule(v: unknown): SiteRule | FieldProblem['reason'] {
  if (!isRecord(v) || typeof v.pattern !== 'string') return 'type';
  const pattern = v.pattern.trim();
  if (patternProblem(pattern)) return 'pattern';
  if (v.mode === 'always' || v.mode === 'never') return { pattern, mode: v.mode };
  if (v.mode === 'target' && isTarget(v.target)) return { pattern, mode: 'target', target: v.target };
  return 'value';
}

function phraseRule(v: unknown): PhraseRule | FieldProblem['reason'] {
  if (!isRecord(v)) return 'type';
  const from = phraseText(v.from);
  if (from !== v.from) return from as FieldProblem['reason'];
  if (typeof v.to !== 'string') return 'type';
  if (v.to.length > MAX_PHRASE_LENGTH) return 'too-long';
  const direction = v.direction ?? 'both';
  return isDirection(direction) ? { from: v.from as string, to: v.to, direction } : 'value';
}

/** A protected phrase: a bare string (both directions) or {phrase, direction}. */
function protectRule(v: unknown): ProtectRule | FieldProblem['reason'] {
  const raw = isRecord(v) ? v.phrase : v;
  const phrase = phraseText(raw);
  if (phrase !== raw) return phrase as FieldProblem['reason'];
  const direction = isRecord(v) ? (v.direction ?? 'both') : 'both';
  return isDirection(direction) ? { phrase: raw as string, direction } : 'value';
}

/** Checks one field's value; `undefined` is the caller's business (absent field). */
export function checkField<K extends keyof Settings>(field: K, value: unknown): FieldResult<Settings[K]> {
  const result = ((): FieldResult<unknown> => {
    switch (field) {
      case 'target':
        return isTarget(value) ? ok(value) : bad(field, 'value');
      case 'repair':
        return typeof value === 'boolean' ? ok(value) : bad(field, 'type');
      case 'conversion':
        return value === 'auto' || value === 'off' ? ok(value) : bad(field, 'value');
      case 'punctuation':
        return value === 'target' || value === 'keep' ? ok(value) : bad(field, 'value');
      case 'sites':
        return list(field, value, siteRule);
      case 'phrases':
        return list(field, value, phraseRule);
      case 'protect':
        return list(field, value, protectRule);
    }
    return bad(field, 'value');
  })();
  return result as FieldResult<Settings[K]>;
}

export const SETTINGS_FIELDS: readonly (keyof Settings)[] = [
  'target',
  'repair',
  'conversion',
  'punctuation',
  'sites',
  'phrases',
  'protect',
];
