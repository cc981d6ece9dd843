// The options page from the keyboard alone: Tab reaches every control in reading order, the
// focused one shows a visible outline, and a site rule can be added and deleted without a mouse.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'en-US' });

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    if (el === document.body) return { id: 'BODY', outline: '' };
    return { id: el.dataset.testid ?? el.textContent?.trim() ?? el.tagName, outline: getComputedStyle(el).outlineStyle };
  });

/** Presses Tab until the element with `testId` (or this text) has focus; fails after `max` presses. */
async function tabTo(page: Page, target: string, max = 40) {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.id === target) return now;
  }
  throw new Error(`Tab never reached ${target}`);
}

test('every control is reached with Tab and shows its focus; a rule is added and deleted with the keyboard', async () => {
  const page = await world.ext.context.newPage();
  await page.goto(`chrome-extension://${world.ext.extensionId}/options.html`);
  await page.getByTestId('options-target').waitFor();

  const order: string[] = [];
  for (let n = 0; n < 60; n++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now.id === 'BODY') break; // past the last control
    order.push(now.id);
    expect(now.outline, `focus outline on ${now.id}`).toBe('solid');
  }
  // Reading order: the reading settings, then the site form, then the phrase forms.
  const at = (id: string) => order.indexOf(id);
  for (const id of ['options-target', 'options-repair', 'options-conversion', 'options-punctuation-keep', 'add-rule-pattern', 'add-rule-mode', 'add-phrase-from', 'bulk-text', 'phrase-filter', 'export-settings', 'import-settings']) {
    expect(at(id), id).toBeGreaterThanOrEqual(0);
  }
  expect(at('options-target')).toBeLessThan(at('add-rule-pattern'));
  expect(at('add-rule-mode')).toBeLessThan(at('add-phrase-from'));

  await page.focus('body');
  await tabTo(page, 'add-rule-pattern');
  await page.keyboard.type('*.example.com');
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('add-rule-mode');
  await page.keyboard.press('ArrowDown'); // never -> always
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('Add rule');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('site-rule').textContent()).toContain('Always on');

  // Tab on to the new rule's Delete button, and press it.
  await page.focus('body');
  await tabTo(page, 'Delete');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('sites-empty').count()).toBe(1);

  await page.close();
});
