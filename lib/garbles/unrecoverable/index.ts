// Text whose bytes are gone (U+FFFD, 锟斤拷, debris of a lossy 8-bit decoding): found and
// reported, never repaired.
import { garbleKind } from '@/lib/garbles/kind';
import { findEightBitDebris } from './eight-bit-debris';
import { findUnrecoverable } from './find';

export const UNRECOVERABLE = garbleKind({
  name: 'unrecoverable',
  detect: (context) => {
    // Debris of a lossy single-byte decoding is the same mistake as gbk-as-latin1, past repair.
    if (!context.findings.some((f) => f.kind === 'gbk-as-latin1')) context.add('gbk-as-latin1', findEightBitDebris(context.text).length, 0.7, false);
    const spans = findUnrecoverable(context.text);
    context.add('kunjinkao', spans.filter((s) => s.kind === 'kunjinkao').length, 0.95, false);
    context.add('replacement-chars', spans.filter((s) => s.kind === 'replacement-chars').length, 1, false);
  },
  report: (text) => [...findUnrecoverable(text), ...findEightBitDebris(text)],
});
