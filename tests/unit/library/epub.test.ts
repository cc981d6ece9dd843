// An EPUB 3 of three saved articles, unpacked and checked: mimetype first and stored, the
// container pointing at the package, every manifest item present, the nav document, the
// spine in order, images inside the book and remote ones it could not carry turned into links.
import { expect, test } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { Window } from 'happy-dom';
import { buildEpub, EPUB_MIMETYPE } from '@/lib/library/epub';
import { articleToChapter, EpubImages } from '@/lib/library/epub-chapters';
import { sampleArticle } from './sample-article';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVQImWNgYGBgAAAABQABh6FO1AAAAABJRU5ErkJggg==';

function threeArticleBook() {
  const win = new Window();
  const doc = win.document as unknown as Document;
  const articles = [
    sampleArticle({ id: 'a1', html: `<p>第一篇 &amp; <b>粗</b><br>換行</p><p><img src="data:image/png;base64,${PNG}" alt="圖一"></p>` }),
    sampleArticle({ id: 'a2', title: '第二篇：遠端圖片', html: '<p>有圖<img src="https://img.example/a.jpg" alt="遠端"></p><p><img src="https://img.example/gone.jpg" alt="失效"></p>' }),
    sampleArticle({ id: 'a3', title: '第三篇 <特殊> & "字元"', html: '<p>沒有圖片。</p>' }),
  ];
  const fetched = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  const images = new EpubImages((url) => (url === 'https://img.example/a.jpg' ? { mediaType: 'image/jpeg', bytes: fetched } : null));
  const chapters = articles.map((article) => articleToChapter(article, article.html, doc, images, 'zh-Hant'));
  const bytes = buildEpub({ identifier: 'urn:qingwen:a1+a2+a3', title: '三篇文章', lang: 'zh-Hant', modified: '2026-11-30T12:00:00Z', chapters, images: images.images });
  return { bytes, fetched, close: () => win.happyDOM.close() };
}

test('mimetype is the first entry, stored uncompressed, with no extra field', () => {
  const { bytes, close } = threeArticleBook();
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
  expect(view.getUint16(8, true)).toBe(0); // compression method: stored
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
  expect(extraLength).toBe(0);
  expect(strFromU8(bytes.subarray(30 + nameLength, 30 + nameLength + EPUB_MIMETYPE.length))).toBe(EPUB_MIMETYPE);
  return close();
});

test('container, package, nav and spine agree; images are inside; the rest are links', () => {
  const { bytes, fetched, close } = threeArticleBook();
  const files = unzipSync(bytes);
  const container = strFromU8(files['META-INF/container.xml']);
  const opfPath = /full-path="([^"]+)"/.exec(container)![1];
  expect(opfPath).toBe('OEBPS/content.opf');
  const opf = strFromU8(files[opfPath]);
  expect(opf).toMatch(/<package [^>]*version="3\.0"[^>]*unique-identifier="uid"/);
  expect(opf).toMatch(/<dc:identifier id="uid">urn:qingwen:a1\+a2\+a3<\/dc:identifier>/);
  expect(opf).toMatch(/<meta property="dcterms:modified">2026-11-30T12:00:00Z<\/meta>/);
  const items = [...opf.matchAll(/<item id="([^"]+)" href="([^"]+)" media-type="([^"]+)"( properties="nav")?/g)];
  for (const [, , href] of items) expect(files[`OEBPS/${href}`], href).toBeDefined();
  expect(items.filter((item) => item[4]).map((item) => item[2])).toEqual(['nav.xhtml']);
  const spine = [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => items.find((item) => item[1] === m[1])![2]);
  expect(spine).toEqual(['chapter-1.xhtml', 'chapter-2.xhtml', 'chapter-3.xhtml']);
  const nav = strFromU8(files['OEBPS/nav.xhtml']);
  expect(nav).toContain('epub:type="toc"');
  expect(nav).toContain('第三篇 &lt;特殊&gt; &amp; &quot;字元&quot;');
  // The saved data: image and the fetched remote one are files of the book; the failed one a link.
  const imageItems = items.filter((item) => item[3].startsWith('image/'));
  expect(imageItems.map((item) => item[3])).toEqual(['image/png', 'image/jpeg']);
  expect(files[`OEBPS/${imageItems[1][2]}`]).toEqual(fetched);
  const first = strFromU8(files['OEBPS/chapter-1.xhtml']);
  expect(first).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>/);
  expect(first).toContain(`src="${imageItems[0][2]}"`);
  expect(first).toContain('第一篇 &amp; ');
  const second = strFromU8(files['OEBPS/chapter-2.xhtml']);
  expect(second).toContain(`src="${imageItems[1][2]}"`);
  expect(second).toContain('<a href="https://img.example/gone.jpg">[失效]</a>');
  expect(second).not.toContain('target=');
  return close();
});
