// The readable text of an HTML document (text nodes, <title>, and the title,
// alt, placeholder and aria-label attributes) as source ranges, and the rewrite
// that puts changed values back while copying every other byte unchanged.
import { decodeAttribute, decodeText, escapeAttribute, escapeText, namedSpellings } from './html-entities.ts';
import { tokenizeHtml } from './html-tokenizer.ts';

export interface HtmlTextPart {
  kind: 'text' | 'title' | 'attribute';
  start: number;
  end: number;
  /** Attribute quote; '' for unquoted values. */
  quote?: '"' | "'" | '';
  /** Decoded value (character references resolved). */
  value: string;
  /** The value as written in the source. */
  raw: string;
}

export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

const READABLE_ATTRIBUTES = new Set(['title', 'alt', 'placeholder', 'aria-label']);
/** Elements whose text is code, not prose (script, style and textarea are raw tokens). */
const SKIPPED_ELEMENTS = new Set(['code', 'pre']);

const hasText = (value: string) => /\S/.test(value);

export function findHtmlTexts(html: string): HtmlTextPart[] {
  const parts: HtmlTextPart[] = [];
  const openSkipped = new Map<string, number>();
  const skipping = () => [...openSkipped.values()].some((count) => count > 0);
  for (const token of tokenizeHtml(html)) {
    if (token.type === 'text') {
      const raw = html.slice(token.start, token.end);
      const value = decodeText(raw);
      if (!skipping() && hasText(value)) parts.push({ kind: 'text', start: token.start, end: token.end, value, raw });
    } else if (token.type === 'raw' && token.element === 'title') {
      const raw = html.slice(token.start, token.end);
      const value = decodeText(raw);
      if (hasText(value)) parts.push({ kind: 'title', start: token.start, end: token.end, value, raw });
    } else if (token.type === 'start-tag') {
      if (!skipping()) {
        for (const attribute of token.attributes) {
          if (!READABLE_ATTRIBUTES.has(attribute.name) || attribute.end === attribute.start) continue;
          const raw = html.slice(attribute.start, attribute.end);
          const value = decodeAttribute(raw);
          if (hasText(value)) parts.push({ kind: 'attribute', start: attribute.start, end: attribute.end, quote: attribute.quote, value, raw });
        }
      }
      if (SKIPPED_ELEMENTS.has(token.name)) openSkipped.set(token.name, (openSkipped.get(token.name) ?? 0) + 1);
    } else if (token.type === 'end-tag' && (openSkipped.get(token.name) ?? 0) > 0) {
      openSkipped.set(token.name, openSkipped.get(token.name)! - 1);
    }
  }
  return parts;
}

function encodePart(part: HtmlTextPart, value: string): string {
  const spellings = namedSpellings(part.raw);
  if (part.kind !== 'attribute') return escapeText(value, spellings);
  // An unquoted value that changed gets quotes: the new text may hold spaces.
  return part.quote ? escapeAttribute(value, part.quote, spellings) : `"${escapeAttribute(value, '"', spellings)}"`;
}

/** Edits for the parts whose value changed; unchanged parts keep their source bytes. */
export function textEdits(parts: readonly HtmlTextPart[], values: readonly string[]): SourceEdit[] {
  return parts.flatMap((part, index) =>
    values[index] === part.value ? [] : [{ start: part.start, end: part.end, text: encodePart(part, values[index]) }],
  );
}

export function applyEdits(source: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let copied = 0;
  for (const edit of sorted) {
    out += source.slice(copied, edit.start) + edit.text;
    copied = edit.end;
  }
  return out + source.slice(copied);
}
