import type { Target } from '@/lib/engine/types';

/**
 * What a site rule does: 'always' runs Qingwen even where it would not, 'never' keeps it off,
 * 'target' converts that site to a script of its own (`SiteRule.target`).
 */
export type SiteMode = 'always' | 'never' | 'target';

/** `pattern` is an exact host (`news.example.com`), `*.example.com` (the domain and every subdomain) or a URL prefix. */
export interface SiteRule {
  pattern: string;
  mode: SiteMode;
  /** Only for mode 'target'. */
  target?: Target;
}

/** Which conversions a phrase-table entry applies to. */
export type PhraseDirection = 'to-simplified' | 'to-traditional' | 'both';

/** A replacement `from -> to`, applied before the dictionaries. */
export interface PhraseRule {
  from: string;
  to: string;
  direction: PhraseDirection;
}

/** A phrase never converted (a Hong Kong place name, a person's name). */
export interface ProtectRule {
  phrase: string;
  direction: PhraseDirection;
}

/** 'target' turns “” ‘’ into 「」 『』 toward Traditional and back toward Simplified; 'keep' leaves quotes alone. */
export type Punctuation = 'target' | 'keep';

export interface Settings {
  /** The reader's script. Default follows the browser language (see defaultTarget). */
  target: Target;
  repair: boolean;
  /** 'auto' converts pages whose script differs from `target`; 'off' never converts. */
  conversion: 'auto' | 'off';
  punctuation: Punctuation;
  /** Per-site rules; the most specific matching pattern wins (site-rules.ts). */
  sites: SiteRule[];
  phrases: PhraseRule[];
  protect: ProtectRule[];
}

/** Version of the stored value; each step has a numbered migration in ./migrations. */
export const SETTINGS_VERSION = 2;

export const TARGETS: readonly Target[] = ['simplified', 'traditional', 'taiwan', 'taiwan-phrases', 'hongkong'];
export const DIRECTIONS: readonly PhraseDirection[] = ['to-simplified', 'to-traditional', 'both'];

/** zh-TW gives Taiwan, zh-HK (and zh-MO) Hong Kong, anything else Simplified. */
export function defaultTarget(language: string): Target {
  const lang = language.toLowerCase();
  if (/^zh-(hk|mo)\b/.test(lang)) return 'hongkong';
  if (/^zh-(tw|hant)\b/.test(lang)) return 'taiwan';
  return 'simplified';
}

export function defaultSettings(language: string): Settings {
  return {
    target: defaultTarget(language),
    repair: true,
    conversion: 'auto',
    punctuation: 'keep',
    sites: [],
    phrases: [],
    protect: [],
  };
}
