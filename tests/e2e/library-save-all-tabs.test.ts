// "Save all tabs in this window" from the popup: every web page of the window is saved in turn,
// the library shows the progress and then a summary (saved, updated, skipped, failed and why).
import { expect, test } from 'vitest';
import { screenshot } from '@/tests/harness/extension';
import { useWorld } from '@/tests/harness/world';
import { readStoredLibrary, saveFromPopup } from './library-helpers';

const world = useWorld({ locale: 'en-US' });

test('three pages saved from one click, one of them updated; non-web tabs skipped; a summary in the library', async () => {
  const pages = [];
  for (const path of ['/articles/greenway.html', '/demo/', '/demo/bad-s2t.html']) pages.push(await world.openTab(path));
  // One of them is in the library already: it is updated, not duplicated.
  (await saveFromPopup(world.ext, pages[0])).close();
  expect(await readStoredLibrary(world.ext.worker)).toHaveLength(1);

  const popup = await world.openPopup(pages[1]);
  const libraryOpened = world.ext.context.waitForEvent('page', (p) => p.url().includes('/library.html'));
  await popup.getByTestId('save-all-tabs').click();
  const library = await libraryOpened;
  await expect.poll(() => library.getByTestId('batch-summary').textContent(), { timeout: 30_000 }).toMatch(
    /All tabs done: 2 saved, 1 updated \(already in the library\), \d+ skipped \(no web page\), 0 failed\./,
  );
  const records = await readStoredLibrary(world.ext.worker);
  expect(records).toHaveLength(3);
  expect(new Set(records.map((r) => r.meta.url))).toEqual(new Set(['/articles/greenway.html', '/demo/', '/demo/bad-s2t.html'].map((p) => world.server.url(p))));
  await screenshot(library, 'library-save-all-tabs');
  await library.getByTestId('batch-dismiss').click();
  await expect.poll(() => library.getByTestId('batch').count()).toBe(0);
});
