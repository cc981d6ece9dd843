// Text whose original bytes are gone: U+FFFD runs and 锟斤拷 (U+FFFD's UTF-8 bytes EF BF BD
// read as GBK). Nothing can bring them back from the text; they are reported, never touched.
import type { UnrecoverableSpan } from '@/lib/engine/types';

/** 锟斤拷 and its misaligned forms: 锟 is EF BF, and a run of them is always near 拷 (BF BD) or 斤 (BD EF). */
const KUNJINKAO = /锟(?:斤拷|[^\s锟]{0,2}拷)(?:锟斤拷|锟[^\s锟]{0,2}拷)*/g;
const REPLACEMENT_RUN = /\ufffd+/g;

export function findUnrecoverable(text: string): UnrecoverableSpan[] {
  const spans: UnrecoverableSpan[] = [];
  if (text.includes('锟')) {
    for (const m of text.matchAll(KUNJINKAO))
      spans.push({ kind: 'kunjinkao', start: m.index, end: m.index + m[0].length, text: m[0], note: 'U+FFFD bytes read as GBK: the original is gone' });
  }
  if (text.includes('\ufffd')) {
    for (const m of text.matchAll(REPLACEMENT_RUN))
      spans.push({ kind: 'replacement-chars', start: m.index, end: m.index + m[0].length, text: m[0], note: 'replacement characters: the original bytes are gone' });
  }
  return spans.sort((a, b) => a.start - b.start);
}
