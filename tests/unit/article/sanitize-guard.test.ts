import { expect, test } from 'vitest';
import { sanitizeArticleHtml, SanitizerUnavailableError } from '@/lib/article/sanitize';
import { parsePage } from './dom';

test('the sanitiser refuses a DOM where DOMPurify would silently pass HTML through', async () => {
  const { win, close } = parsePage('<p>x</p>');
  expect(() => sanitizeArticleHtml('<img src=x onerror=alert(1)>', win)).toThrow(SanitizerUnavailableError);
  await close();
});
