// A small HTML tokenizer that reports source ranges instead of building a tree,
// so a rewrite can replace the text it changes and copy every other byte as is.
// It follows the HTML tokenizer's states where they matter for finding text:
// comments, doctypes, CDATA, raw text (script, style...) and RCDATA (title,
// textarea), quoted and unquoted attribute values. A "<" that starts no tag is text.

export interface AttributeRange {
  /** Lower-cased attribute name. */
  name: string;
  /** Value range in the source (empty range for a bare attribute). */
  start: number;
  end: number;
  quote: '"' | "'" | '';
}

export type HtmlToken =
  | { type: 'text'; start: number; end: number }
  /** Content of a raw text or RCDATA element (script, style, title, textarea...). */
  | { type: 'raw'; element: string; start: number; end: number }
  | { type: 'start-tag'; name: string; start: number; end: number; attributes: AttributeRange[]; selfClosing: boolean }
  | { type: 'end-tag'; name: string; start: number; end: number }
  /** Comments, doctypes, CDATA, processing instructions: never text. */
  | { type: 'other'; start: number; end: number };

const RAW_CONTENT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea']);

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

function endOf(html: string, marker: string, from: number): number {
  const at = html.indexOf(marker, from);
  return at < 0 ? html.length : at + marker.length;
}

function readName(html: string, at: number): number {
  while (at < html.length && !isSpace(html[at]) && html[at] !== '/' && html[at] !== '>') at += 1;
  return at;
}

function readTag(html: string, start: number): HtmlToken {
  const nameEnd = readName(html, start + 1);
  const name = html.slice(start + 1, nameEnd).toLowerCase();
  const attributes: AttributeRange[] = [];
  let at = nameEnd;
  let selfClosing = false;
  while (at < html.length) {
    const c = html[at];
    if (c === '>') return { type: 'start-tag', name, start, end: at + 1, attributes, selfClosing };
    if (isSpace(c) || c === '/') {
      selfClosing = c === '/';
      at += 1;
      continue;
    }
    selfClosing = false;
    // Attribute name: up to space, "/", ">" or "=" (a leading "=" belongs to the name).
    const nameStart = at;
    at += 1;
    while (at < html.length && !isSpace(html[at]) && !'/>='.includes(html[at])) at += 1;
    const attributeName = html.slice(nameStart, at).toLowerCase();
    let cursor = at;
    while (cursor < html.length && isSpace(html[cursor])) cursor += 1;
    if (html[cursor] !== '=') {
      attributes.push({ name: attributeName, start: at, end: at, quote: '' });
      continue;
    }
    cursor += 1;
    while (cursor < html.length && isSpace(html[cursor])) cursor += 1;
    const quote = html[cursor];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, cursor + 1);
      const end = close < 0 ? html.length : close;
      attributes.push({ name: attributeName, start: cursor + 1, end, quote });
      at = close < 0 ? html.length : close + 1;
    } else {
      let end = cursor;
      while (end < html.length && !isSpace(html[end]) && html[end] !== '>') end += 1;
      attributes.push({ name: attributeName, start: cursor, end, quote: '' });
      at = end;
    }
  }
  return { type: 'start-tag', name, start, end: html.length, attributes, selfClosing };
}

/** Where raw content of `element` ends: at its end tag, matched case-insensitively. */
function rawContentEnd(html: string, lower: string, element: string, from: number): number {
  for (let at = lower.indexOf('</' + element, from); at >= 0; at = lower.indexOf('</' + element, at + 1)) {
    const after = html[at + 2 + element.length];
    if (after === undefined || after === '>' || after === '/' || isSpace(after)) return at;
  }
  return html.length;
}

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let textStart = 0;
  let at = 0;
  let lower: string | undefined;
  const flushText = function* (end: number): Generator<HtmlToken> {
    if (end > textStart) yield { type: 'text', start: textStart, end };
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    const next = html[lt + 1] ?? '';
    let token: HtmlToken | undefined;
    if (html.startsWith('<!--', lt)) {
      token = { type: 'other', start: lt, end: endOf(html, '-->', lt + 4) };
    } else if (html.startsWith('<![CDATA[', lt)) {
      token = { type: 'other', start: lt, end: endOf(html, ']]>', lt + 9) };
    } else if (next === '!' || next === '?') {
      token = { type: 'other', start: lt, end: endOf(html, '>', lt + 2) };
    } else if (next === '/' && isLetter(html[lt + 2] ?? '')) {
      const nameEnd = readName(html, lt + 2);
      token = { type: 'end-tag', name: html.slice(lt + 2, nameEnd).toLowerCase(), start: lt, end: endOf(html, '>', nameEnd) };
    } else if (next === '/' && html[lt + 2] !== undefined) {
      token = { type: 'other', start: lt, end: endOf(html, '>', lt + 2) }; // "</ " and "</>": bogus comment
    } else if (isLetter(next)) {
      token = readTag(html, lt);
    }
    if (!token) {
      at = lt + 1; // a literal "<"
      continue;
    }
    yield* flushText(lt);
    yield token;
    at = token.end;
    // Browsers ignore "/>" on these: <script/> still opens raw text.
    if (token.type === 'start-tag' && RAW_CONTENT.has(token.name)) {
      lower ??= html.toLowerCase();
      const end = rawContentEnd(html, lower, token.name, at);
      if (end > at) yield { type: 'raw', element: token.name, start: at, end };
      at = end;
    }
    textStart = at;
  }
  yield* flushText(html.length);
}
