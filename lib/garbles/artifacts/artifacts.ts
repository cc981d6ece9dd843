// Small escape artefacts left by export tools and double escaping (docs/garbles.md section 6):
// `_x000D_` is how OOXML writes a carriage return inside a cell; `&amp;nbsp;` is an entity
// escaped twice, so the page shows the entity's name instead of the character.

/** OOXML escapes of control characters (`_x000D_`, `_x000A_`, `_x0009_`), with the space Excel exports often put after them. */
export const OOXML_ESCAPE = /_x00(?:0[9AD]|0a|0d)_/g;
/** `&amp;` followed by a complete entity: the entity was escaped a second time. */
export const DOUBLE_ESCAPED_ENTITY = /&amp;(nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|#\d{2,6}|#x[0-9a-fA-F]{2,5});/g;

const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·',
};

export function countArtifacts(text: string): number {
  if (!text.includes('_x00') && !text.includes('&amp;')) return 0;
  return (text.match(OOXML_ESCAPE)?.length ?? 0) + (text.match(DOUBLE_ESCAPED_ENTITY)?.length ?? 0);
}

/**
 * Removes OOXML escapes (a carriage return inside running text is only a line break the
 * export kept: `_x000D_ _x000D_` between paragraphs becomes one newline) and decodes doubly
 * escaped entities to the character the author meant.
 */
export function repairArtifacts(text: string): { text: string; count: number } {
  if (!text.includes('_x00') && !text.includes('&amp;')) return { text, count: 0 };
  let count = 0;
  let out = text.replace(/(?:_x00(?:0[9AD]|0a|0d)_[ \t]*)+/g, (run) => {
    const escapes = run.match(OOXML_ESCAPE) ?? [];
    count += escapes.length;
    const tab = escapes.every((e) => e.toLowerCase() === '_x0009_');
    return tab ? '\t' : '\n';
  });
  // Escaped n times needs n - 1 rounds; each round shortens the text, so this ends.
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(DOUBLE_ESCAPED_ENTITY, (_, name: string) => {
      count++;
      return decodeEntity(name);
    });
  }
  return { text: out, count };
}

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return safeCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return safeCodePoint(parseInt(name.slice(1), 10));
  return NAMED[name];
}

function safeCodePoint(cp: number): string {
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
}
