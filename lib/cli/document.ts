// One input document, plain text or HTML: its readable texts, and the document
// rebuilt from new values for them.
import { applyEdits, findHtmlTexts, textEdits, utf8DeclarationEdits } from './html-texts.ts';

export interface InputDocument {
  texts: string[];
  rebuild(values: readonly string[]): string;
  /** Whether rebuilding also switched a legacy charset declaration to UTF-8. */
  declarationUpdated: boolean;
}

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;

export function isHtmlName(file: string): boolean {
  return HTML_EXTENSIONS.test(file);
}

export function readDocument(source: string, html: boolean, decodedFromLegacyCharset: boolean): InputDocument {
  if (!html) return { texts: [source], rebuild: (values) => values[0], declarationUpdated: false };
  const parts = findHtmlTexts(source);
  // The output is UTF-8, so a page that declared GBK or Big5 must now say UTF-8.
  const declaration = decodedFromLegacyCharset ? utf8DeclarationEdits(source) : [];
  return {
    texts: parts.map((part) => part.value),
    rebuild: (values) => applyEdits(source, [...textEdits(parts, values), ...declaration]),
    declarationUpdated: declaration.length > 0,
  };
}
