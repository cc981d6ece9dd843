import { expect, test } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { libraryToZip, LibraryImportError, zipToLibrary } from '@/lib/library/zip';
import { sampleArticle } from './sample-article';

const library = [
  sampleArticle(),
  sampleArticle({ id: 'b2', title: 'Second “quoted” <title> & 符號 🀄', byline: null, redecoded: null, repaired: [], html: '', text: '' }),
];

test('export then import gives back exactly the same articles, in order', () => {
  const zip = libraryToZip(library, { renderHtml: (a) => `<h1>${a.title}</h1>` });
  expect(zipToLibrary(zip)).toEqual(library);
  expect(Object.keys(unzipSync(zip))).toContain('html/a1.html');
});

test('an empty library round-trips', () => {
  expect(zipToLibrary(libraryToZip([]))).toEqual([]);
});

const reasonOf = (bytes: Uint8Array) => {
  try {
    zipToLibrary(bytes);
    return 'accepted';
  } catch (error) {
    return (error as LibraryImportError).reason;
  }
};

test('bad input is refused with a reason, never half-read', () => {
  expect(reasonOf(strToU8('not a zip'))).toBe('not-a-zip');
  expect(reasonOf(zipSync({ 'x.txt': strToU8('hi') }))).toBe('not-a-library');
  const files = unzipSync(libraryToZip(library));
  const manifest = JSON.parse(new TextDecoder().decode(files['qingwen-library.json']));
  expect(reasonOf(zipSync({ ...files, 'qingwen-library.json': strToU8(JSON.stringify({ ...manifest, version: 99 })) }))).toBe('newer-version');
  expect(reasonOf(zipSync({ ...files, 'articles/b2.json': strToU8('{"id":"b2"}') }))).toBe('bad-article');
  const { ['articles/a1.json']: _gone, ...missing } = files;
  expect(reasonOf(zipSync(missing))).toBe('bad-article');
});
