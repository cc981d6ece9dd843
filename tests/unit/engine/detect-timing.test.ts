// The content script detects on every Chinese page: 100 KB of real text must take at most 2 ms.
import { expect, test } from 'vitest';
import { corpusFile } from '@/tests/harness/corpus';
import { measureDetect, utf8Prefix } from '@/lib/engine/measure';

for (const name of ['simplified', 'traditional']) {
  test(`detect on a 100 KB ${name} page takes at most 2 ms (median)`, () => {
    const page = utf8Prefix(corpusFile(`bench/${name}-1m.txt`), 100 * 1024);
    const timing = measureDetect(page);
    expect(timing.kilobytes).toBe(100);
    expect(timing.totalMs).toBeLessThanOrEqual(2);
  });
}
