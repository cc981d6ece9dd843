// EPUB 3 from saved articles, assembled with fflate: `mimetype` first and stored, then
// META-INF/container.xml, the package document (OPF), the navigation document and one XHTML
// file per article. Chapter bodies arrive as XHTML already (see epub-chapters.ts).
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface EpubChapter {
  title: string;
  /** "By … · Site · Date" line under the title; empty for none. */
  meta: string;
  lang: string;
  /** Well-formed XHTML body content, image src already pointing at images/. */
  bodyXhtml: string;
}

export interface EpubImage {
  /** Path under OEBPS/, e.g. images/img-1.jpg. */
  path: string;
  mediaType: string;
  bytes: Uint8Array;
}

export interface EpubBook {
  /** A stable identifier (urn:uuid:… or the article ids joined). */
  identifier: string;
  title: string;
  lang: string;
  /** ISO 8601 without milliseconds, as dcterms:modified wants. */
  modified: string;
  chapters: EpubChapter[];
  images: EpubImage[];
}

export const EPUB_MIMETYPE = 'application/epub+zip';

const xml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

const STYLE = `body{font-family:serif;line-height:1.8;text-align:justify;line-break:strict}
h1{line-height:1.4;text-align:left}.meta{color:#666;font-size:.85em}img{max-width:100%;height:auto}`;

function page(lang: string, title: string, body: string, extraNs = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"${extraNs} lang="${xml(lang)}" xml:lang="${xml(lang)}">
<head><meta charset="UTF-8"/><title>${xml(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
${body}
</body>
</html>
`;
}

const chapterFile = (index: number) => `chapter-${index + 1}.xhtml`;

function opf(book: EpubBook): string {
  const items = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="style" href="style.css" media-type="text/css"/>',
    ...book.chapters.map((_, i) => `<item id="c${i + 1}" href="${chapterFile(i)}" media-type="application/xhtml+xml"/>`),
    ...book.images.map((image, i) => `<item id="img${i + 1}" href="${xml(image.path)}" media-type="${xml(image.mediaType)}"/>`),
  ];
  const spine = book.chapters.map((_, i) => `<itemref idref="c${i + 1}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${xml(book.lang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${xml(book.identifier)}</dc:identifier>
    <dc:title>${xml(book.title)}</dc:title>
    <dc:language>${xml(book.lang)}</dc:language>
    <dc:creator>Qingwen</dc:creator>
    <meta property="dcterms:modified">${xml(book.modified)}</meta>
  </metadata>
  <manifest>
    ${items.join('\n    ')}
  </manifest>
  <spine>
    ${spine.join('\n    ')}
  </spine>
</package>
`;
}

function nav(book: EpubBook): string {
  const entries = book.chapters.map((chapter, i) => `<li><a href="${chapterFile(i)}">${xml(chapter.title)}</a></li>`).join('\n      ');
  return page(book.lang, book.title, `<nav epub:type="toc" id="toc">
    <h1>${xml(book.title)}</h1>
    <ol>
      ${entries}
    </ol>
  </nav>`, ' xmlns:epub="http://www.idpf.org/2007/ops"');
}

function chapter(entry: EpubChapter): string {
  const meta = entry.meta ? `\n<p class="meta">${xml(entry.meta)}</p>` : '';
  return page(entry.lang, entry.title, `<article>
<h1>${xml(entry.title)}</h1>${meta}
${entry.bodyXhtml}
</article>`);
}

export function buildEpub(book: EpubBook): Uint8Array {
  // Insertion order is archive order: `mimetype` must be the first entry, stored uncompressed.
  const files: Zippable = {
    mimetype: [strToU8(EPUB_MIMETYPE), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/content.opf': strToU8(opf(book)),
    'OEBPS/nav.xhtml': strToU8(nav(book)),
    'OEBPS/style.css': strToU8(STYLE),
  };
  book.chapters.forEach((entry, i) => (files[`OEBPS/${chapterFile(i)}`] = strToU8(chapter(entry))));
  // Images are compressed already: storing them saves time and nothing else.
  for (const image of book.images) files[`OEBPS/${image.path}`] = [image.bytes, { level: 0 }];
  return zipSync(files, { level: 6 });
}
