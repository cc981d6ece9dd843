// The wrong decodings this engine can undo. Each names the charset the text was wrongly read
// as (to get the bytes back) and the one it really was (to read them right).
import type { GarbleKind } from '../engine/types';
import { legacyEncoder } from '../encoding/legacy-encoder';
import { commonness } from './char-cost';
import { decodeGbkTokens, decodeUtf8Tokens, type ByteToken } from './byte-tokens';

export interface MojibakeCodec {
  /** Kind reported after one round; `multiRoundKind` after two or more. */
  kind: GarbleKind;
  multiRoundKind: GarbleKind;
  /** Byte code of one UTF-16 unit in the wrong charset (two-byte codes as lead << 8 | trail), -1 if none. */
  codeOf(unit: number): number;
  /** Flag in `unitClasses()` of the units that can be part of a garbled run (runs break at every other one). */
  runFlag: number;
  decode(bytes: Uint8Array): ByteToken[];
  /** Cheap test of a run before any decoding: most runs of clean text fail it. */
  worthTrying(text: string, start: number, end: number): boolean;
}

/** latin-1 for U+0000-00FF (C1 controls included, as browsers show 0x81 0x8D ...), else windows-1252. */
function eightBitCode(unit: number): number {
  return unit <= 0xff ? unit : legacyEncoder('windows-1252').codeOf(unit);
}

const IN_GBK_RUN = 1;
const IN_EIGHT_BIT_RUN = 2;
/** A GBK code pairing a UTF-8 lead byte (E3-E9, EF) with a continuation byte (80-BF). */
const UTF8_LEAD_PAIR = 4;

let classes: Uint8Array | undefined;

/** One byte of flags per UTF-16 unit, so scanning a page for runs is a table lookup per character. */
export function unitClasses(): Uint8Array {
  if (classes) return classes;
  const gbk = legacyEncoder('gbk');
  classes = new Uint8Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    let flags = 0;
    const code = gbk.codeOf(unit);
    // UTF-8 never has ASCII inside a multi-byte character, so ASCII always ends a GBK-read run.
    if (unit >= 0x80 && code >= 0) flags |= IN_GBK_RUN;
    const lead = code >> 8;
    const trail = code & 0xff;
    if (((lead >= 0xe3 && lead <= 0xe9) || lead === 0xef) && trail >= 0x80 && trail <= 0xbf) flags |= UTF8_LEAD_PAIR;
    // 8-bit runs break at bytes below 0x40: no GBK trail byte or UTF-8 continuation is that
    // low, so spaces, digits and most punctuation are always real characters of the original.
    if (unit >= 0x40 && eightBitCode(unit) >= 0) flags |= IN_EIGHT_BIT_RUN;
    classes[unit] = flags;
  }
  return classes;
}

/**
 * UTF-8 read as GBK pairs a Chinese character's lead byte with a continuation byte in about
 * every third character; clean GB2312 text rarely has such a code, so two are needed.
 */
function hasUtf8LeadPairs(text: string, start: number, end: number): boolean {
  const table = unitClasses();
  let hits = 0;
  for (let i = start; i < end; i++) if (table[text.charCodeAt(i)] & UTF8_LEAD_PAIR && ++hits >= 2) return true;
  return false;
}

/** Two or more characters of U+0080-00FF or windows-1252's extra punctuation. */
function hasEightBit(text: string, start: number, end: number): boolean {
  let hits = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80 && ++hits >= 2) return true;
  return false;
}

export const UTF8_AS_GBK: MojibakeCodec = {
  kind: 'utf8-as-gbk',
  multiRoundKind: 'utf8-as-gbk',
  codeOf: (unit) => legacyEncoder('gbk').codeOf(unit),
  runFlag: IN_GBK_RUN,
  decode: (bytes) => decodeUtf8Tokens(bytes),
  worthTrying: hasUtf8LeadPairs,
};

export const GBK_AS_LATIN1: MojibakeCodec = {
  kind: 'gbk-as-latin1',
  multiRoundKind: 'gbk-as-latin1',
  codeOf: eightBitCode,
  runFlag: IN_EIGHT_BIT_RUN,
  decode: decodeGbkTokens,
  worthTrying: hasEightBit,
};

/** Bytes windows-1252 leaves undefined: a 1252 round trip drops them. */
const UNDEFINED_IN_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

export const UTF8_AS_LATIN1: MojibakeCodec = {
  kind: 'utf8-as-latin1',
  multiRoundKind: 'double-utf8',
  codeOf: eightBitCode,
  runFlag: IN_EIGHT_BIT_RUN,
  decode: (bytes) => decodeUtf8Tokens(bytes, UNDEFINED_IN_1252, commonness),
  worthTrying: hasEightBit,
};
