// The tokenizer on hostile input: whatever it is given, rebuilding with the
// values it found gives back the input, and no text range overlaps markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '@/lib/cli/document.ts';
import { findHtmlTexts } from '@/lib/cli/html-texts.ts';
import { tokenizeHtml } from '@/lib/cli/html-tokenizer.ts';

const pieces = [
  '<p>', '</p>', '<p title="软件">', "<img alt='图 \"片\"'>", '<a title=软件 href=x>', '<br/>', '<', '>', '</', '<!--', '-->',
  '<!DOCTYPE html>', '<script>', '</script>', '</SCRIPT >', '<style>', '</style>', '<title>', '</title>', '<code>', '</code>',
  '<pre>', '</pre>', '<textarea>', '</textarea>', '<![CDATA[', ']]>', '<?xml?>', '&amp;', '&lt;', '&#x4e2d;', '&nbsp;', '&bogus;',
  '&', '"', "'", '=', ' ', '\n', '软件', '內存', 'abc', '&#128;', '&not', '&NotEqualTilde;', '\r\n', '<svg>', '<plaintext>', '\0',
];
const html = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe('tokenizeHtml', () => {
  it('covers the input with ordered, non-overlapping tokens', () => {
    fc.assert(
      fc.property(html, (source) => {
        let at = 0;
        for (const token of tokenizeHtml(source)) {
          expect(token.start).toBe(at);
          expect(token.end).toBeGreaterThan(token.start);
          at = token.end;
        }
        expect(at).toBe(source.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('rebuilds any input byte for byte from unchanged values', () => {
    fc.assert(
      fc.property(html, (source) => {
        const document = readDocument(source, true);
        expect(document.rebuild(document.texts)).toBe(source);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads raw text up to the real end tag only', () => {
    const source = '<script>if (a </scriptx> b) "<p>软件</p>"</script ><p>正文</p>';
    expect(findHtmlTexts(source).map((part) => part.value)).toEqual(['正文']);
  });

  it('keeps quoted ">" inside attributes', () => {
    const source = '<p title="a > 软件" data-x=\'>\'>正文</p>';
    expect(findHtmlTexts(source).map((part) => [part.kind, part.value])).toEqual([
      ['attribute', 'a > 软件'],
      ['text', '正文'],
    ]);
  });
});
