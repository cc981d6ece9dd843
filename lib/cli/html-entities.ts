// Character references in text and attribute values. Numeric references and
// the named ones common on Chinese pages are decoded; an unknown name is left
// as literal text, which is also how a browser shows a name it does not know.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚',
  bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', middot: '·', bull: '•', times: '×',
  divide: '÷', deg: '°', plusmn: '±', sect: '§', para: '¶', yen: '¥', euro: '€', pound: '£', cent: '¢',
  micro: 'µ', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', prime: '′', Prime: '″',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', hearts: '♥', star: '☆', check: '✓',
  iexcl: '¡', iquest: '¿', dagger: '†', Dagger: '‡', permil: '‰', oline: '‾', acute: '´', uml: '¨',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex) return fromCodePoint(Number.parseInt(hex, 16));
    return NAMED[name!] ?? whole;
  });
}

/**
 * Characters the source spelled with a named reference (&nbsp;, &mdash;...),
 * so a rewritten text can spell them the same way.
 */
export function namedSpellings(raw: string): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const match of raw.matchAll(/&([A-Za-z][A-Za-z0-9]{1,31});/g)) {
    const char = NAMED[match[1]];
    if (char) spellings.set(char, match[0]);
  }
  return spellings;
}

// Only what HTML requires is escaped, plus what the source itself spelled as a
// named reference, so a changed text differs from its source in few places.
function escapeWith(value: string, required: RegExp, spellings: Map<string, string>): string {
  const pattern = spellings.size ? new RegExp(`${required.source}|${NAMED_CHAR.source}`, 'g') : new RegExp(required.source, 'g');
  return value.replace(pattern, (c) => (required.test(c) ? REQUIRED[c] : (spellings.get(c) ?? c)));
}

/** Any character the NAMED table decodes to (all are single BMP characters). */
const NAMED_CHAR = new RegExp(`[${Object.values(NAMED).join('').replace(/[\]\\^-]/g, '\\$&')}]`);

const REQUIRED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', "'": '&#39;' };

export function escapeText(text: string, spellings = new Map<string, string>()): string {
  return escapeWith(text, /[&<]/, spellings);
}

export function escapeAttribute(value: string, quote: '"' | "'", spellings = new Map<string, string>()): string {
  return escapeWith(value, quote === '"' ? /[&"]/ : /[&']/, spellings);
}
