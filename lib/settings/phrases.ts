// The reader's phrase table as the converter takes it, and the bulk paste of the options page.
import type { ConvertOptions, Target } from '@/lib/engine/types';
import { MAX_PHRASE_LENGTH } from './fields';
import type { PhraseDirection, PhraseRule, ProtectRule, Settings } from './schema';

const appliesTo = (direction: PhraseDirection, target: Target) =>
  direction === 'both' || (direction === 'to-simplified') === (target === 'simplified');

/**
 * The converter's phrase table toward `target`: the replacements for that direction, and each
 * protected phrase mapped to itself (the table matches longest first on the text as written,
 * so a protected phrase is copied through untouched). A phrase both protected and replaced stays.
 */
export function phraseTableFor(settings: Pick<Settings, 'phrases' | 'protect'>, target: Target): Record<string, string> {
  const table: Record<string, string> = {};
  for (const { from, to, direction } of settings.phrases) if (appliesTo(direction, target)) table[from] = to;
  for (const { phrase, direction } of settings.protect) if (appliesTo(direction, target)) table[phrase] = phrase;
  return table;
}

/** What the converter needs from the settings, toward `target`. */
export function convertOptionsFor(settings: Pick<Settings, 'phrases' | 'protect' | 'punctuation'>, target: Target): ConvertOptions {
  const phrases = phraseTableFor(settings, target);
  return {
    ...(Object.keys(phrases).length ? { phrases } : {}),
    ...(settings.punctuation === 'target' ? { punctuation: true } : {}),
  };
}

export type BulkResult =
  | { ok: true; phrases: PhraseRule[]; protect: ProtectRule[] }
  | { ok: false; line: number; text: string; reason: 'empty-source' | 'too-long' | 'two-equals' };

/**
 * Lines of `source=replacement` or a bare phrase (protected), all for `direction`. Blank lines
 * are skipped. The first bad line refuses the whole paste, so nothing is half-applied.
 */
export function parseBulkPhrases(text: string, direction: PhraseDirection): BulkResult {
  const phrases: PhraseRule[] = [];
  const protect: ProtectRule[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const fail = (reason: Extract<BulkResult, { ok: false }>['reason']): BulkResult => ({ ok: false, line: i + 1, text: line, reason });
    const parts = line.split('=');
    if (parts.length > 2) return fail('two-equals');
    const from = parts[0].trim();
    if (!from) return fail('empty-source');
    if (from.length > MAX_PHRASE_LENGTH || (parts[1]?.trim().length ?? 0) > MAX_PHRASE_LENGTH) return fail('too-long');
    if (parts.length === 1) protect.push({ phrase: from, direction });
    else phrases.push({ from, to: parts[1].trim(), direction });
  }
  return { ok: true, phrases, protect };
}

/** Adds pasted entries; an entry for the same phrase and direction replaces the older one. */
export function mergePhrases(settings: Pick<Settings, 'phrases' | 'protect'>, added: { phrases: PhraseRule[]; protect: ProtectRule[] }) {
  const phraseKey = (p: PhraseRule) => `${p.direction}\u0000${p.from}`;
  const protectKey = (p: ProtectRule) => `${p.direction}\u0000${p.phrase}`;
  const phrases = new Map(settings.phrases.map((p) => [phraseKey(p), p]));
  for (const p of added.phrases) phrases.set(phraseKey(p), p);
  const protect = new Map(settings.protect.map((p) => [protectKey(p), p]));
  for (const p of added.protect) protect.set(protectKey(p), p);
  return { phrases: [...phrases.values()], protect: [...protect.values()] };
}
