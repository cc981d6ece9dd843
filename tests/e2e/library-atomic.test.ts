// Nothing is ever half-saved: when one of the three tables cannot take its part, none keeps any.
import { expect, test } from 'vitest';
import { useWorld } from '@/tests/harness/world';
import { readStoredLibrary } from './library-helpers';

const world = useWorld();

test('a save whose body cannot be stored leaves no metadata or search entry behind', async () => {
  const result = await world.ext.worker.evaluate(async () => {
    const draft = {
      title: '半存的文章', byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null,
      url: 'https://example.org/half', text: '正文', method: 'readability', embeddedImages: 0,
      // A function cannot be cloned into IndexedDB: the bodies table fails after articles succeeded.
      html: () => 'not storable',
    };
    const provenance = { detectedScript: null, convertedTo: null, repaired: [], unrecoverable: 0, redecoded: null };
    return (globalThis as any).qingwen.saveArticle({ draft, provenance });
  });
  expect(result).toMatchObject({ ok: false, error: 'save-failed' });
  expect(await readStoredLibrary(world.ext.worker)).toEqual([]);
  const searchEntries = await world.ext.worker.evaluate(async () => {
    const db: IDBDatabase = await new Promise((ok) => {
      const r = indexedDB.open('qingwen-library');
      r.onsuccess = () => ok(r.result);
    });
    const count = await new Promise((ok) => {
      const r = db.transaction('search').objectStore('search').count();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return count;
  });
  expect(searchEntries).toBe(0);
});

test('the same save with a storable body is kept whole', async () => {
  const result = await world.ext.worker.evaluate(async () => {
    const draft = {
      title: '完整的文章', byline: null, siteName: null, publishedTime: null, lang: null, excerpt: null,
      url: 'https://example.org/whole', text: '正文', method: 'readability', embeddedImages: 0, html: '<p>正文</p>',
    };
    const provenance = { detectedScript: null, convertedTo: null, repaired: [], unrecoverable: 0, redecoded: null };
    return (globalThis as any).qingwen.saveArticle({ draft, provenance });
  });
  expect(result).toMatchObject({ ok: true });
  const [stored] = await readStoredLibrary(world.ext.worker);
  expect(stored.meta.title).toBe('完整的文章');
  expect(stored.body.html).toBe('<p>正文</p>');
});
