// The popup's controls act on the page: target script, and on/off for the site (off restores the page).
import { expect, test } from 'vitest';
import { storedSettings } from '@/tests/harness/tab';
import { useWorld } from '@/tests/harness/world';

const world = useWorld({ locale: 'zh-CN' });


test('changing the target converts the page; switching the site off restores it, on repairs it again', async () => {
  const page = await world.openTab('/demo/');
  const heading = () => page.textContent('h1');
  await expect.poll(heading).toBe('城市绿道连起百里滨江');
  const popup = await world.openPopup(page);
  await popup.getByTestId('target').waitFor();

  expect(await popup.getByTestId('converted').textContent()).toBe('简体（中国大陆）');
  // The page is Traditional already: a Taiwan target leaves it repaired but unconverted.
  await popup.getByTestId('target').selectOption('taiwan');
  await expect.poll(heading).toMatch(/^城市綠道連起百[里裏裡]濱江$/);
  await expect.poll(() => popup.getByTestId('converted').textContent()).toBe('未转换');
  expect((await storedSettings(world)).target).toBe('taiwan');

  await popup.getByTestId('site-toggle').uncheck();
  await expect.poll(heading).toBe('城市綠(lǜ)道連起百裏(lǐ)濱江'); // the page exactly as served
  expect((await storedSettings(world)).sites).toEqual([{ pattern: '127.0.0.1', mode: 'never' }]); // a rule in the options page's list
  await expect.poll(() => popup.getByTestId('idle').textContent()).toContain('未启用');

  await popup.getByTestId('site-toggle').check();
  await expect.poll(heading).toMatch(/^城市綠道連起百[里裏裡]濱江$/);
  expect((await storedSettings(world)).sites).toEqual([]);
  expect(await popup.getByTestId('idle').count()).toBe(0);
});
