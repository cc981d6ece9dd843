import { afterEach, expect, test, vi } from 'vitest';
import { drawVeil } from '@/lib/dom/veil';

afterEach(() => vi.useRealTimers());

const veilRules = () => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join(' ');

test('the veil hides the page in a way its own `visibility: visible` rules cannot undo, and lifts without a trace', () => {
  const before = document.adoptedStyleSheets.length;
  const veil = drawVeil(document, 800);
  expect(veilRules()).toMatch(/visibility: hidden !important/);
  expect(veilRules()).toMatch(/opacity: 0 !important/);
  veil.lift();
  expect(veil.lifted).toBe(true);
  expect(document.adoptedStyleSheets.length).toBe(before);
});

test('the veil lifts by itself after its longest time', () => {
  vi.useFakeTimers();
  const veil = drawVeil(document, 800);
  vi.advanceTimersByTime(799);
  expect(veil.lifted).toBe(false);
  vi.advanceTimersByTime(1);
  expect(veil.lifted).toBe(true);
  expect(veilRules()).toBe('');
});
