// GBK text pushed through a single-byte decoder that kept only some bytes (code comments in a
// GBK source file shown as ĴУǷ, ڱУǽ): nothing decodes back, but the debris is unmistakable,
// short clusters that jump between Latin, Cyrillic, Arabic and combining marks.
import type { UnrecoverableSpan } from '@/lib/engine/types';

const BLOCKS: [number, number][] = [
  [0x0080, 0x00ff], [0x0100, 0x017f], [0x0180, 0x024f], [0x0250, 0x036f], [0x0370, 0x03ff], [0x0400, 0x052f], [0x0530, 0x05ff], [0x0600, 0x07ff],
];
const CLUSTER = /[\u0080-\u07ff]{2,}/g;
/** Clusters a text needs before it is called debris (a name like Łódź has one). */
export const DEBRIS_MINIMUM = 3;

export function findEightBitDebris(text: string): UnrecoverableSpan[] {
  const spans: UnrecoverableSpan[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const blocks = new Set([...m[0]].map((c) => BLOCKS.findIndex(([lo, hi]) => c.charCodeAt(0) >= lo && c.charCodeAt(0) <= hi)));
    if (blocks.size >= 2 && !blocks.has(0)) spans.push({ kind: 'gbk-as-latin1', start: m.index, end: m.index + m[0].length, text: m[0], note: 'GBK bytes lost in a single-byte decoder' });
  }
  return spans.length >= DEBRIS_MINIMUM ? spans : [];
}
