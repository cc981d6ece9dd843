// Highlights over the stored copy: splitting text nodes at highlight edges, mapping a position
// in a shown (possibly converted) segment back to the stored text, adding without overlap,
// and the Markdown and HTML forms of highlights and notes. Pure: no DOM below this line.
import type { Highlight } from '@/lib/article/types';

/** A piece of one stored text node, shown as one text node (inside <mark> when `highlight`). */
export interface Segment {
  node: number;
  start: number;
  end: number;
  highlight: Highlight | null;
}

/** Cuts stored text node `node` (its text `text`) at the edges of the highlights inside it. */
export function segmentsOf(node: number, text: string, highlights: readonly Highlight[]): Segment[] {
  const inside = highlights
    .filter((h) => h.node === node && h.end <= text.length && text.slice(h.start, h.end) === h.text)
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const h of inside) {
    if (h.start < at) continue; // overlapping records (never created here, maybe imported): the first wins
    if (h.start > at) out.push({ node, start: at, end: h.start, highlight: null });
    out.push({ node, start: h.start, end: h.end, highlight: h });
    at = h.end;
  }
  if (at < text.length || out.length === 0) out.push({ node, start: at, end: text.length, highlight: null });
  return out;
}

/**
 * Offset `shownOffset` in a segment shown as `shownLength` characters, as an offset in the
 * stored text. Equal lengths (character conversion, or none) map one to one; where a phrase
 * changed the length, proportionally, which keeps the ends exact and never leaves the segment.
 */
export function storedOffset(segment: Segment, shownOffset: number, shownLength: number): number {
  const length = segment.end - segment.start;
  if (shownLength === length) return segment.start + shownOffset;
  if (shownLength === 0) return segment.start;
  return segment.start + Math.round((shownOffset / shownLength) * length);
}

/** Adds a highlight unless it is empty or overlaps one already there. */
export function addHighlight(highlights: readonly Highlight[], added: Highlight): Highlight[] | null {
  if (added.end <= added.start || !added.text.trim()) return null;
  const overlaps = highlights.some((h) => h.node === added.node && h.start < added.end && added.start < h.end);
  return overlaps ? null : [...highlights, added];
}

/** Highlights in reading order. */
export function inReadingOrder(highlights: readonly Highlight[]): Highlight[] {
  return [...highlights].sort((a, b) => a.node - b.node || a.start - b.start);
}

/** "## Highlights" for Markdown: each `==text==`, its note as a blockquote under it. */
export function highlightsMarkdown(highlights: readonly Highlight[], heading = 'Highlights'): string {
  if (!highlights.length) return '';
  const items = inReadingOrder(highlights).map((h) => {
    const quote = h.note.trim() ? `\n\n${h.note.trim().split('\n').map((line) => `> ${line}`).join('\n')}` : '';
    return `==${h.text.replace(/\s+/g, ' ').trim()}==${quote}`;
  });
  return `## ${heading}\n\n${items.join('\n\n')}\n`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The highlights list for HTML exports: <mark> and the note under it. */
export function highlightsHtml(highlights: readonly Highlight[], heading = 'Highlights'): string {
  if (!highlights.length) return '';
  const items = inReadingOrder(highlights)
    .map((h) => `<li><mark>${escapeHtml(h.text)}</mark>${h.note.trim() ? `<blockquote>${escapeHtml(h.note.trim())}</blockquote>` : ''}</li>`)
    .join('');
  return `<section class="highlights"><h2>${escapeHtml(heading)}</h2><ul>${items}</ul></section>`;
}

/** What search indexes of an article's highlights, notes and tags. */
export function annotationText(highlights: readonly Highlight[] = [], tags: readonly string[] = []): string {
  return [...highlights.flatMap((h) => [h.text, h.note]), ...tags].filter(Boolean).join('\n');
}

/** Tags typed as "經濟, 城市　交通": split on commas and spaces (ASCII and CJK), trimmed, unique. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(/[,，、;；\s\u3000]+/).map((tag) => tag.trim()).filter(Boolean))];
}
