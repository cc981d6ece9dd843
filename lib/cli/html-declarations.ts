// Edits to declarations a rewritten document must update: the charset, once
// the output is UTF-8, and the language tag, once the script has changed.
import type { Target } from '@/lib/engine/types.ts';
import type { SourceEdit } from './html-texts.ts';
import { tokenizeHtml } from './html-tokenizer.ts';

/**
 * Edits that make <meta charset> and <meta http-equiv=content-type> say UTF-8,
 * for documents written back as UTF-8 (whether their bytes were in a legacy
 * charset, or UTF-8 under a declaration that said otherwise).
 */
export function utf8DeclarationEdits(html: string): SourceEdit[] {
  const edits: SourceEdit[] = [];
  for (const token of tokenizeHtml(html)) {
    if (token.type !== 'start-tag' || token.name !== 'meta') continue;
    const isContentType = token.attributes.some(
      (attribute) => attribute.name === 'http-equiv' && /^\s*content-type\s*$/i.test(html.slice(attribute.start, attribute.end)),
    );
    for (const attribute of token.attributes) {
      const value = html.slice(attribute.start, attribute.end);
      if (attribute.name === 'charset' && !/^\s*utf-8\s*$/i.test(value)) {
        edits.push({ start: attribute.start, end: attribute.end, text: 'utf-8' });
      } else if (attribute.name === 'content' && isContentType) {
        const match = /(charset\s*=\s*)([^\s;"']+)/i.exec(value);
        if (match && match[2].toLowerCase() !== 'utf-8') {
          const at = attribute.start + match.index + match[1].length;
          edits.push({ start: at, end: at + match[2].length, text: 'utf-8' });
        }
      }
    }
  }
  return edits;
}

const LANGUAGE_TAG: Record<Target, string> = {
  simplified: 'zh-Hans',
  traditional: 'zh-Hant',
  taiwan: 'zh-TW',
  'taiwan-phrases': 'zh-TW',
  hongkong: 'zh-HK',
};

/**
 * Edits that retag `lang` (and `xml:lang`) attributes naming Chinese in the
 * other script (zh-CN on a page now in Taiwan's script, zh-TW on one now
 * Simplified). A bare "zh" counts as Simplified.
 */
export function languageTagEdits(html: string, target: Target): SourceEdit[] {
  const wantsTraditional = target !== 'simplified';
  const edits: SourceEdit[] = [];
  for (const token of tokenizeHtml(html)) {
    if (token.type !== 'start-tag') continue;
    for (const attribute of token.attributes) {
      if (attribute.name !== 'lang' && attribute.name !== 'xml:lang') continue;
      const value = html.slice(attribute.start, attribute.end).trim();
      if (!/^zh(?:[-_]|$)/i.test(value)) continue;
      const isTraditional = /^zh[-_](?:hant|tw|hk|mo)(?:[-_]|$)/i.test(value);
      if (isTraditional !== wantsTraditional) {
        const text = attribute.quote ? LANGUAGE_TAG[target] : `"${LANGUAGE_TAG[target]}"`;
        edits.push({ start: attribute.start, end: attribute.end, text });
      }
    }
  }
  return edits;
}
