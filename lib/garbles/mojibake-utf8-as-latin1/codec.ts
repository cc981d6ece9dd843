// UTF-8 read as Latin-1 / windows-1252 (ä½ å¥½ for 你好), once or twice: encode windows-1252,
// decode UTF-8. Bytes 1252 leaves undefined were dropped on the way.
import { commonness } from '@/lib/detect/char-cost';
import { decodeUtf8Tokens } from '@/lib/garbles/mojibake/byte-tokens';
import { eightBitCode, RUN_SHAPES, type MojibakeCodec } from '@/lib/garbles/mojibake/codec';

/** Bytes windows-1252 leaves undefined: a 1252 round trip drops them. */
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
/** Share of ä-é among the non-ASCII characters above which Latin-1 text is UTF-8 underneath. */
const UTF8_LEAD_SHARE = 0.25;

export const UTF8_AS_LATIN1: MojibakeCodec = {
  kind: 'utf8-as-latin1',
  multiRoundKind: 'double-utf8',
  codeOf: eightBitCode,
  shape: RUN_SHAPES.readAsEightBit,
  decode: (bytes) => decodeUtf8Tokens(restoreNoBreakSpaces(bytes), UNDEFINED_IN_1252, commonness),
  prefer: looksLikeUtf8Leads,
};

/**
 * UTF-8 read as Latin-1 is easy to tell even when its bytes were lost: every Chinese character
 * starts with one of ä å æ ç è é (lead bytes E4-E9). GBK spreads its lead bytes over B0-F7.
 * When the lead bytes say UTF-8, the GBK reading (which always "works") is not even tried.
 */
function looksLikeUtf8Leads(text: string, runs: [number, number][]): boolean {
  let high = 0;
  let leads = 0;
  for (const [start, end] of runs) {
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0x80) continue;
      high++;
      if (unit >= 0xe4 && unit <= 0xe9) leads++;
    }
  }
  return high >= 6 && leads / high >= UTF8_LEAD_SHARE;
}

/**
 * Latin-1 shows byte 0xA0 as a no-break space, and copying often turns that into a plain space
 * (你 is E4 BD A0: ä½ and a space). A space where a UTF-8 character still needs a continuation
 * byte is put back as 0xA0; spaces between whole characters stay.
 */
export function restoreNoBreakSpaces(bytes: Uint8Array): Uint8Array {
  let out = bytes;
  let needed = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed > 0) {
      needed--;
      if (b === 0x20) {
        if (out === bytes) out = bytes.slice();
        out[i] = 0xa0;
        continue;
      }
      if (b >= 0x80 && b <= 0xbf) continue;
      needed = 0;
    }
    if (b >= 0xc2 && b <= 0xdf) needed = 1;
    else if (b >= 0xe0 && b <= 0xef) needed = 2;
    else if (b >= 0xf0 && b <= 0xf4) needed = 3;
  }
  return out;
}
