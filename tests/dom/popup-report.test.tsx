// The popup's report, rendered from a PageState: counts, warnings, re-decoding, idle reasons.
import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { PageReport } from '@/components/popup/PageReport';
import { translator } from '@/lib/i18n';
import type { PageState } from '@/lib/messaging';

const t = translator('zh-Hant');
const host = document.createElement('div');
afterEach(() => render(null, host));

const base: PageState = { url: 'https://example.org/a', host: 'example.org', title: 'x', active: true, changedNodes: 12 };

test('repairs are listed with counts, unrecoverable spans warned about, re-decoding named', () => {
  render(
    <PageReport
      t={t}
      state={{
        ...base,
        verdict: { script: 'simplified', simplified: 40, traditional: 0, han: 300, sampled: 400 },
        convertedTo: 'taiwan',
        redecoded: { from: 'windows-1252', to: 'gb18030' },
        report: {
          garbles: [],
          repaired: [{ kind: 'pinyin-injection', count: 7 }, { kind: 'kunjinkao', count: 0 }],
          unrecoverable: [{ kind: 'replacement-chars', start: 0, end: 2, text: '��' }],
        },
      }}
    />,
    host,
  );
  expect(host.querySelector('[data-testid=script]')!.textContent).toBe('簡體中文');
  expect(host.querySelector('[data-testid=converted]')!.textContent).toBe('繁體（臺灣）');
  const repaired = host.querySelector('[data-testid=repaired]')!.textContent;
  expect(repaired).toContain('正文中插入了拼音');
  expect(repaired).toContain('×7');
  expect(repaired).not.toContain('锟斤拷'); // zero counts are not "repairs"
  expect(host.querySelector('[data-testid=unrecoverable]')!.textContent).toContain('有 1 處無法準確還原');
  expect(host.querySelector('[data-testid=redecoded]')!.textContent).toContain('gb18030');
  expect(host.querySelector('[data-testid=idle]')).toBeNull();
});

test('an inactive page says why', () => {
  render(<PageReport t={t} state={{ ...base, active: false, idleReason: 'site-off', changedNodes: 0 }} />, host);
  expect(host.querySelector('[data-testid=idle]')!.textContent).toBe('未啟用：已對此網站關閉');
  expect(host.querySelector('[data-testid=repaired]')!.textContent).toBe('沒有發現亂碼');
});

test('a caught page error is a sentence, not the error text', () => {
  render(<PageReport t={t} state={{ ...base, error: 'TypeError: x is undefined at walk.ts:12' }} />, host);
  expect(host.querySelector('[data-testid=page-error]')!.textContent).toBe('清文在此頁面上遇到問題，已保持頁面原樣。');
  expect(host.textContent).not.toContain('TypeError');
});

test('a page already in the reader\'s script that only got phrases or quotes says so, not "converted to"', () => {
  const simplified = { script: 'simplified' as const, simplified: 40, traditional: 0, han: 300, sampled: 400 };
  const converted = () => host.querySelector('[data-testid=converted]')!;
  const label = () => converted().previousElementSibling!.textContent;
  render(<PageReport t={t} state={{ ...base, verdict: simplified, touchedUp: { phrases: true, punctuation: false } }} />, host);
  expect(label()).toBe('已調整');
  expect(converted().textContent).toBe('您的詞語表（頁面已是您選的繁簡體）');
  render(<PageReport t={t} state={{ ...base, verdict: simplified, touchedUp: { phrases: true, punctuation: true } }} />, host);
  expect(converted().textContent).toBe('您的詞語表和引號（頁面已是您選的繁簡體）');
  const en = translator('en');
  render(<PageReport t={en} state={{ ...base, verdict: simplified, touchedUp: { phrases: false, punctuation: true } }} />, host);
  expect(label()).toBe('Adjusted');
  expect(converted().textContent).toBe('Quotes (the page is already in your script)');
  render(<PageReport t={en} state={{ ...base, verdict: simplified }} />, host);
  expect(label()).toBe('Converted to');
  expect(converted().textContent).toBe('Not converted');
});
