// The settings file: export and import as JSON. The format is documented in README.md
// ("Settings file"). Import is all or nothing: the first problem refuses the file.
import { checkField, SETTINGS_FIELDS, type FieldProblem } from './fields';
import type { Settings } from './schema';

export const SETTINGS_FILE_FORMAT = 'qingwen-settings';
export const SETTINGS_FILE_VERSION = 1;

export type ImportProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-object' }
  | { kind: 'wrong-format'; found: string }
  | { kind: 'newer-version'; found: number }
  | { kind: 'bad-field'; problem: FieldProblem };

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problem: ImportProblem };

export function exportSettingsFile(settings: Settings): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, ...settings }, null, 2) + '\n';
}

/** Parses a settings file; fields it leaves out come from `defaults`. */
export function importSettingsFile(text: string, defaults: Settings): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: String((error as Error).message ?? error).slice(0, 120) } };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, problem: { kind: 'not-object' } };
  const file = data as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, problem: { kind: 'wrong-format', found: String(file.format ?? '').slice(0, 60) } };
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, problem: { kind: 'wrong-format', found: `version ${String(file.version).slice(0, 20)}` } };
  }
  if (file.version > SETTINGS_FILE_VERSION) return { ok: false, problem: { kind: 'newer-version', found: file.version } };
  const settings: Settings = { ...defaults };
  for (const field of SETTINGS_FIELDS) {
    if (file[field] === undefined) continue;
    const checked = checkField(field, file[field]);
    if (!checked.ok) return { ok: false, problem: { kind: 'bad-field', problem: checked.problem } };
    (settings as unknown as Record<string, unknown>)[field] = checked.value;
  }
  return { ok: true, settings };
}
