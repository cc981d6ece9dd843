// One input document, plain text or HTML: its readable texts, and the document
// rebuilt from new values for them.
import type { Target } from '@/lib/engine/types.ts';
import { languageTagEdits, utf8DeclarationEdits } from './html-declarations.ts';
import { applyEdits, findHtmlTexts, textEdits } from './html-texts.ts';

export interface InputDocument {
  texts: string[];
  rebuild(values: readonly string[]): string;
  /** Whether rebuilding also switched a legacy charset declaration to UTF-8. */
  declarationUpdated: boolean;
  /** `lang` attributes retagged for the target script. */
  languageTagsUpdated: number;
}

export interface DocumentOptions {
  /** The input was decoded from a legacy charset (the output is UTF-8). */
  legacyCharset?: boolean;
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
  // The output is UTF-8, so a page that declared GBK or Big5 must now say UTF-8.
  const declaration = options.legacyCharset ? utf8DeclarationEdits(source) : [];
  const languageTags = options.to ? languageTagEdits(source, options.to) : [];
  return {
    texts: parts.map((part) => part.value),
    rebuild: (values) => applyEdits(source, [...textEdits(parts, values), ...declaration, ...languageTags]),
    declarationUpdated: declaration.length > 0,
    languageTagsUpdated: languageTags.length,
  };
}
