// Character references in text and attribute values, decoded as the HTML standard says
// (`entities`, the decoder parse5 itself uses: every named reference, &#128; -> €, the
// legacy names without ";"), and written back the way the source spelled them.
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';

/** The text of a text node, <title> or other RCDATA, with its references resolved. */
export function decodeText(raw: string): string {
  return raw.includes('&') ? decodeHTML(raw) : raw;
}

/** An attribute value with its references resolved (`&not=` stays as written, as in a browser). */
export function decodeAttribute(raw: string): string {
  return raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
}

/**
 * Characters the source spelled with a named reference (&nbsp;, &mdash;...),
 * so a rewritten text can spell them the same way.
 */
export function namedSpellings(raw: string): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const [reference] of raw.matchAll(/&[A-Za-z][A-Za-z0-9]{1,31};/g)) {
    const decoded = decodeHTML(reference);
    if (decoded !== reference) spellings.set(decoded, reference);
  }
  return spellings;
}

const REQUIRED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', "'": '&#39;' };
const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Only what HTML requires is escaped, plus what the source itself spelled as a
// named reference, so a changed text differs from its source in few places.
function escapeWith(value: string, required: string, spellings: Map<string, string>): string {
  const spelled = [...spellings.keys()].sort((a, b) => b.length - a.length).map(escapeForRegExp);
  const pattern = new RegExp([`[${required}]`, ...spelled].join('|'), 'g');
  return value.replace(pattern, (match) => (required.includes(match) ? REQUIRED[match] : (spellings.get(match) ?? match)));
}

export function escapeText(text: string, spellings = new Map<string, string>()): string {
  return escapeWith(text, '&<', spellings);
}

export function escapeAttribute(value: string, quote: '"' | "'", spellings = new Map<string, string>()): string {
  return escapeWith(value, quote === '"' ? '&"' : "&'", spellings);
}
