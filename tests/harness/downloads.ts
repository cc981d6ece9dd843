// Downloads as the tests wait for them: shared by every e2e file that exports.
import { expect } from 'vitest';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The finished download's path in `dir`. Chromium reserves the final name with an empty file
 * while the bytes still go to a .crdownload: a file counts once no download is in progress and
 * it has content.
 */
export async function waitForDownload(dir: string, predicate: (name: string) => boolean): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        const names = await readdir(dir);
        found = names.find((n) => predicate(n) && !n.endsWith('.crdownload'));
        const busy = names.some((n) => n.endsWith('.crdownload'));
        return !!found && !busy && (await stat(join(dir, found))).size > 0;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return join(dir, found!);
}
