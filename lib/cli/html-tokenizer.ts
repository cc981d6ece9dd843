// The HTML of a page as source ranges instead of a tree, so a rewrite can replace the text
// it changes and copy every other byte as is. parse5's tokenizer (the HTML standard's, as
// browsers run it) finds the tags, comments and doctypes; what lies between them is text.
// Like a browser, it switches to raw text after <script>, <style>, <title>, <textarea>...
import { Tokenizer, TokenizerMode, type Token as Tokens } from 'parse5';

type Token = Tokens.Token;

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
  /** Comments, doctypes, CDATA, processing instructions, a tag cut off by the end: never text. */
  | { type: 'other'; start: number; end: number };

/** The tokenizer state a browser switches to after these start tags (the tree builder's job). */
const CONTENT_MODE: Record<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]> = {
  script: TokenizerMode.SCRIPT_DATA,
  style: TokenizerMode.RAWTEXT,
  xmp: TokenizerMode.RAWTEXT,
  iframe: TokenizerMode.RAWTEXT,
  noembed: TokenizerMode.RAWTEXT,
  noframes: TokenizerMode.RAWTEXT,
  title: TokenizerMode.RCDATA,
  textarea: TokenizerMode.RCDATA,
  plaintext: TokenizerMode.PLAINTEXT,
};

type Markup = Exclude<HtmlToken, { type: 'text' } | { type: 'raw' }>;

/** Tags, comments and doctypes with their source ranges, and the ranges of character data. */
function scan(html: string): { markup: Markup[]; characters: { start: number; end: number }[] } {
  const markup: Markup[] = [];
  const characterRanges: { start: number; end: number }[] = [];
  const other = (token: Token) => {
    if (token.location) markup.push({ type: 'other', start: token.location.startOffset, end: token.location.endOffset });
  };
  const characters = (token: Token) => {
    if (token.location) characterRanges.push({ start: token.location.startOffset, end: token.location.endOffset });
  };
  const tokenizer: Tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag(token) {
        const { startOffset: start, endOffset: end, attrs = {} } = token.location!;
        const attributes = token.attrs.map(({ name }) => valueRange(html, name, attrs[name]));
        markup.push({ type: 'start-tag', name: token.tagName, start, end, attributes, selfClosing: token.selfClosing });
        const mode = CONTENT_MODE[token.tagName];
        if (mode !== undefined) tokenizer.state = mode;
      },
      onEndTag(token) {
        markup.push({ type: 'end-tag', name: token.tagName, start: token.location!.startOffset, end: token.location!.endOffset });
      },
      onComment: other,
      onDoctype: other,
      onCharacter: characters,
      onWhitespaceCharacter: characters,
      onNullCharacter: characters,
      onEof() {},
    },
  );
  tokenizer.write(html, true);
  // A token cut off by the end of the input may report an end one past it.
  const clamp = <T extends { start: number; end: number }>(range: T): T => ({ ...range, end: Math.min(range.end, html.length) });
  return { markup: markup.map(clamp), characters: characterRanges.map(clamp) };
}

/** Where an attribute's value lies inside the attribute's source range (`name = "value"`). */
function valueRange(html: string, name: string, at: { startOffset: number; endOffset: number } | undefined): AttributeRange {
  if (!at) return { name, start: 0, end: 0, quote: '' };
  const source = html.slice(at.startOffset, at.endOffset);
  const equals = /^=?[^\s=]*\s*=\s*/.exec(source);
  if (!equals) return { name, start: at.endOffset, end: at.endOffset, quote: '' };
  const valueStart = at.startOffset + equals[0].length;
  const quote = html[valueStart];
  if (quote === '"' || quote === "'") {
    const closed = html[at.endOffset - 1] === quote && at.endOffset - 1 > valueStart;
    return { name, start: valueStart + 1, end: closed ? at.endOffset - 1 : at.endOffset, quote };
  }
  return { name, start: valueStart, end: at.endOffset, quote: '' };
}

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  const { markup, characters } = scan(html);
  let at = 0;
  let next = 0; // the first character range not yet passed
  let rawElement: string | undefined;
  // Between two pieces of markup lies text, as far as the tokenizer read characters; what is
  // left (a tag cut off by the end of the input) is something a browser drops.
  function* gap(end: number): Generator<HtmlToken> {
    let textEnd = at;
    for (; next < characters.length && characters[next].start < end; next += 1) textEnd = Math.max(textEnd, characters[next].end);
    textEnd = Math.min(textEnd, end);
    if (textEnd > at) yield rawElement ? { type: 'raw', element: rawElement, start: at, end: textEnd } : { type: 'text', start: at, end: textEnd };
    if (end > textEnd) yield { type: 'other', start: textEnd, end };
  }
  for (const token of markup) {
    yield* gap(token.start);
    yield token;
    at = token.end;
    if (token.type === 'start-tag') rawElement = token.name in CONTENT_MODE ? token.name : undefined;
    else if (token.type === 'end-tag') rawElement = undefined;
  }
  yield* gap(html.length);
}
