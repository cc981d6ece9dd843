import { describe, expect, test } from 'vitest';
import { patternProblem, ruleFor, setSiteActive, siteModeAt, targetAt } from '@/lib/settings/site-rules.ts';
import type { SiteRule } from '@/lib/settings/schema.ts';

const settings = (sites: SiteRule[]) => ({ sites, target: 'simplified' as const });

describe('site rules', () => {
  test('an exact host matches that host only', () => {
    const s = settings([{ pattern: 'news.example.com', mode: 'never' }]);
    expect(siteModeAt(s, 'https://news.example.com/a')).toBe('never');
    expect(siteModeAt(s, 'https://example.com/')).toBeUndefined();
    expect(siteModeAt(s, 'https://www.news.example.com/')).toBeUndefined();
    expect(siteModeAt(s, 'https://NEWS.example.com/')).toBe('never');
  });

  test('*.domain matches the domain and every subdomain, not look-alikes', () => {
    const s = settings([{ pattern: '*.example.com', mode: 'never' }]);
    expect(siteModeAt(s, 'http://a.b.example.com/')).toBe('never');
    expect(siteModeAt(s, 'http://example.com/')).toBe('never');
    expect(siteModeAt(s, 'http://badexample.com/')).toBeUndefined();
    expect(siteModeAt(s, 'http://example.com.evil.net/')).toBeUndefined();
  });

  test('a URL prefix matches with or without its scheme', () => {
    const s = settings([
      { pattern: 'example.com/forum/', mode: 'never' },
      { pattern: 'https://example.com/blog/', mode: 'always' },
    ]);
    expect(siteModeAt(s, 'https://example.com/forum/t/1')).toBe('never');
    expect(siteModeAt(s, 'http://example.com/forum/')).toBe('never');
    expect(siteModeAt(s, 'https://example.com/')).toBeUndefined();
    expect(siteModeAt(s, 'https://example.com/blog/x')).toBe('always');
    expect(siteModeAt(s, 'http://example.com/blog/x')).toBeUndefined();
  });

  test('the most specific rule wins: prefix over host over *.domain, longer domain over shorter', () => {
    const s = settings([
      { pattern: 'https://a.example.com/zh/', mode: 'always' },
      { pattern: 'a.example.com', mode: 'target', target: 'hongkong' },
      { pattern: '*.example.com', mode: 'never' },
      { pattern: '*.b.example.com', mode: 'always' },
    ]);
    expect(ruleFor(s, 'https://a.example.com/zh/1')?.mode).toBe('always');
    expect(ruleFor(s, 'https://a.example.com/en/1')?.mode).toBe('target');
    expect(targetAt(s, 'https://a.example.com/en/1')).toBe('hongkong');
    expect(siteModeAt(s, 'https://a.example.com/en/1')).toBeUndefined();
    expect(siteModeAt(s, 'https://c.example.com/')).toBe('never');
    expect(siteModeAt(s, 'https://x.b.example.com/')).toBe('always');
    expect(targetAt(s, 'https://c.example.com/')).toBe('simplified');
  });

  test('a host with a port matches written with or without it', () => {
    expect(siteModeAt(settings([{ pattern: '127.0.0.1', mode: 'never' }]), 'http://127.0.0.1:8080/')).toBe('never');
    expect(siteModeAt(settings([{ pattern: '127.0.0.1:8080', mode: 'never' }]), 'http://127.0.0.1:8080/')).toBe('never');
    expect(siteModeAt(settings([{ pattern: '127.0.0.1:9', mode: 'never' }]), 'http://127.0.0.1:8080/')).toBeUndefined();
  });

  test('a Chinese domain name matches the punycode host the browser reports', () => {
    const host = new URL('http://新闻.例子.中国/').hostname;
    expect(host).toMatch(/^xn--/);
    expect(siteModeAt(settings([{ pattern: '*.例子.中国', mode: 'never' }]), `http://${host}/a`)).toBe('never');
    expect(siteModeAt(settings([{ pattern: '新闻.例子.中国', mode: 'never' }]), `http://${host}/a`)).toBe('never');
    expect(patternProblem('*.例子.中国')).toBeNull();
  });

  test('bad patterns are named', () => {
    expect(patternProblem('')).toBe('empty');
    expect(patternProblem('a b.com')).toBe('spaces');
    expect(patternProblem('*example.com')).toBe('wildcard');
    expect(patternProblem('a.*.com')).toBe('wildcard');
    expect(patternProblem('example.com/*/x')).toBe('wildcard');
    expect(patternProblem('-bad.com')).toBe('host');
    for (const good of ['example.com', '*.example.com', 'localhost', '127.0.0.1:3000', 'https://example.com/a/', 'example.com/a']) {
      expect(patternProblem(good)).toBeNull();
    }
  });

  test('the popup switch writes an exact-host rule, and on undoes it (adding "always" only under a broader "never")', () => {
    const off = setSiteActive([{ pattern: 'other.org', mode: 'never' }], 'a.example.com', false);
    expect(off).toEqual([
      { pattern: 'other.org', mode: 'never' },
      { pattern: 'a.example.com', mode: 'never' },
    ]);
    expect(setSiteActive(off, 'a.example.com', true)).toEqual([{ pattern: 'other.org', mode: 'never' }]);
    const wide = setSiteActive([{ pattern: '*.example.com', mode: 'never' }], 'a.example.com', true);
    expect(wide).toEqual([
      { pattern: '*.example.com', mode: 'never' },
      { pattern: 'a.example.com', mode: 'always' },
    ]);
    expect(siteModeAt({ sites: wide }, 'http://a.example.com/')).toBe('always');
    // A site's own target survives switching it on.
    const own: SiteRule[] = [{ pattern: 'a.example.com', mode: 'target', target: 'hongkong' }];
    expect(setSiteActive(own, 'a.example.com', true)).toEqual(own);
  });
});
