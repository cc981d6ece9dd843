// Which site rule applies to a page: pure functions over the rule list, used by the page
// layer (is this site on? which target?), the popup's on/off and the options page.
import type { Target } from '@/lib/engine/types';
import type { Settings, SiteRule } from './schema';

type PatternKind = 'host' | 'domain' | 'prefix';

function kindOf(pattern: string): PatternKind {
  if (pattern.includes('/')) return 'prefix';
  return pattern.startsWith('*.') ? 'domain' : 'host';
}

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d+)?$/i;
const IPV6 = /^\[[0-9a-f:.]+\](?::\d+)?$/i;

/** Why `pattern` is not a site pattern, or null when it is one. */
export function patternProblem(pattern: string): 'empty' | 'spaces' | 'wildcard' | 'host' | null {
  if (!pattern) return 'empty';
  if (/\s/.test(pattern)) return 'spaces';
  const kind = kindOf(pattern);
  if (kind === 'prefix') return pattern.includes('*') ? 'wildcard' : null;
  const host = kind === 'domain' ? pattern.slice(2) : pattern;
  if (host.includes('*')) return 'wildcard';
  const ascii = asciiHost(host);
  return ascii && (HOST.test(ascii) || IPV6.test(ascii)) ? null : 'host';
}

/** A host as URLs spell it: lower case, punycode for a Chinese domain name (例子.中国 -> xn--…). */
function asciiHost(host: string): string {
  try {
    return new URL(`http://${host}/`).host;
  } catch {
    return '';
  }
}

/** A URL without its scheme, so a prefix may be written with or without `https://`. */
const withoutScheme = (url: string) => url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');

/** How specific a matching pattern is: a URL prefix beats an exact host, which beats `*.domain`; longer beats shorter. */
function specificity(rule: SiteRule, url: string, host: string): number {
  const pattern = rule.pattern.toLowerCase();
  switch (kindOf(pattern)) {
    case 'prefix': {
      const target = pattern.includes('://') ? url.toLowerCase() : withoutScheme(url).toLowerCase();
      return target.startsWith(pattern) ? 3000 + pattern.length : -1;
    }
    case 'host': {
      const ascii = asciiHost(pattern);
      return ascii === host || ascii === hostWithPort(url) ? 2000 : -1;
    }
    case 'domain': {
      const domain = asciiHost(pattern.slice(2));
      return host === domain || host.endsWith('.' + domain) ? 1000 + domain.length : -1;
    }
  }
}

function hostWithPort(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return '';
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The rule for a page at `url`: the most specific matching pattern; on a tie, the later rule. */
export function ruleFor(settings: Pick<Settings, 'sites'>, url: string): SiteRule | undefined {
  const host = hostOf(url);
  let best: SiteRule | undefined;
  let bestScore = -1;
  for (const rule of settings.sites) {
    const score = specificity(rule, url, host);
    if (score >= 0 && score >= bestScore) {
      best = rule;
      bestScore = score;
    }
  }
  return best;
}

/** 'always' or 'never' where a rule says so; undefined where Qingwen decides (no rule, or a target rule). */
export function siteModeAt(settings: Pick<Settings, 'sites'>, url: string): 'always' | 'never' | undefined {
  const mode = ruleFor(settings, url)?.mode;
  return mode === 'always' || mode === 'never' ? mode : undefined;
}

/** The script a page at `url` is converted to: its site's own target, or the reader's. */
export function targetAt(settings: Pick<Settings, 'sites' | 'target'>, url: string): Target {
  const rule = ruleFor(settings, url);
  return rule?.mode === 'target' && rule.target ? rule.target : settings.target;
}

/**
 * The popup's on/off for one host, written into the list: off puts an exact-host 'never' rule
 * in place of any rule for that exact host; on removes it, and adds an 'always' rule only where
 * a broader rule (`*.domain`, a prefix) would still keep the page off.
 */
export function setSiteActive(rules: readonly SiteRule[], host: string, active: boolean, url = `http://${host}/`): SiteRule[] {
  const others = rules.filter((rule) => rule.pattern.toLowerCase() !== host.toLowerCase());
  if (!active) return [...others, { pattern: host, mode: 'never' }];
  const kept = rules.filter((rule) => rule.pattern.toLowerCase() !== host.toLowerCase() || rule.mode === 'target');
  return siteModeAt({ sites: kept }, url) === 'never' ? [...others, { pattern: host, mode: 'always' }] : kept;
}
