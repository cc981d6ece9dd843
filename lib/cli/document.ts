// One input document, plain text or HTML: its readable texts, and the document
// rebuilt from new values for them.
import type { Target } from '@/lib/engine/types.ts';
import { languageTagEdits, utf8DeclarationEdits } from './html-declarations.ts';
import { applyEdits, findHtmlTexts, textEdits } from './html-texts.ts';

export interface InputDocument {
  texts: string[];
  rebuild(values: readonly string[]): string;
  /** Whether rebuilding also switched a charset declaration (GBK, Big5, a false gb2312) to UTF-8. */
  declarationUpdated: boolean;
  /** `lang` attributes retagged for the target script. */
  languageTagsUpdated: number;
}

export interface DocumentOptions {
  /** The output is written as UTF-8: charset declarations that say otherwise are changed. */
  declareUtf8?: boolean;
  /** The script the texts will be converted to. */
  to?: Target;
}

const HTML_EXTENSIONS = /\.(?:html?|xhtml|shtml)$/i;

export function isHtmlName(file: string): boolean {
  return HTML_EXTENSIONS.test(file);
}

export function readDocument(source: string, html: boolean, options: DocumentOptions = {}): InputDocument {
  if (!html) return { texts: [source], rebuild: (values) => values[0], declarationUpdated: false, languageTagsUpdated: 0 };
  const parts = findHtmlTexts(source);
  // The output is UTF-8, so a page that declared GBK or Big5 (rightly or not) must now say UTF-8.
  const declaration = options.declareUtf8 ? utf8DeclarationEdits(source) : [];
  const languageTags = options.to ? languageTagEdits(source, options.to) : [];
  return {
    texts: parts.map((part) => part.value),
    rebuild: (values) => applyEdits(source, [...textEdits(parts, values), ...declaration, ...languageTags]),
    declarationUpdated: declaration.length > 0,
    languageTagsUpdated: languageTags.length,
  };
}
