import type { Target } from '@/lib/engine/types';

/** A per-site override: 'always' runs Qingwen even where it would not, 'never' keeps it off. */
export type SiteMode = 'always' | 'never';

export interface Settings {
  /** The reader's script. Default follows the browser language (see defaultTarget). */
  target: Target;
  repair: boolean;
  /** 'auto' converts pages whose script differs from `target`; 'off' never converts. */
  conversion: 'auto' | 'off';
  /** Hostname -> override. */
  sites: Record<string, SiteMode>;
  /** User phrase table, source -> replacement, applied before the dictionaries. */
  phrases: Record<string, string>;
}

export const SETTINGS_VERSION = 1;

/** zh-TW gives Taiwan, zh-HK (and zh-MO) Hong Kong, anything else Simplified. */
export function defaultTarget(language: string): Target {
  const lang = language.toLowerCase();
  if (/^zh-(hk|mo)\b/.test(lang)) return 'hongkong';
  if (/^zh-(tw|hant)\b/.test(lang)) return 'taiwan';
  return 'simplified';
}

export function defaultSettings(language: string): Settings {
  return { target: defaultTarget(language), repair: true, conversion: 'auto', sites: {}, phrases: {} };
}
