import { expect, test } from 'vitest';
import { screenshot } from '@/tests/harness/extension';
import { waitForContentScript } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld();

test('the content script runs on the demo page and the popup opens on that tab', async () => {
  const page = await world.openTab('/demo/');
  await expect.poll(() => page.getAttribute('html', 'data-qingwen')).toBe('active');
  await screenshot(page, 'foundation-demo');

  const popup = await world.openPopup(page);
  await expect.poll(() => popup.textContent('h1')).toContain('Qingwen');
  await screenshot(popup, 'foundation-popup');
});

test('the content script stays out of a page that is not Chinese', async () => {
  const page = await world.openTab('/demo/english.html');
  expect(await waitForContentScript(world, page)).toMatchObject({ active: false, idleReason: 'not-chinese' });
  expect(await page.getAttribute('html', 'data-qingwen')).toBeNull();
});
