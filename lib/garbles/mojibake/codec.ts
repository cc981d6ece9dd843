// What every wrong decoding this engine can undo has in common: a codec names the charset the
// text was wrongly read as (to get the bytes back) and the one it really was (to read them
// right). Each family's codec lives in its own folder (mojibake-<family>/); this file holds the
// interface and the per-character table that finds the runs each wrong reading could produce.
import type { GarbleKind } from '@/lib/engine/types';
import { WINDOWS_1252_C1 } from '@/lib/codec/legacy-tables';
import { gbkAliasUnits, gbkCodeOf, gbkCodes, gbkUnitOf } from '@/lib/codec/gbk';
import { legacyTable } from '@/lib/codec/legacy-tables';
import { charCosts, COST_ODD } from '@/lib/detect/char-cost';
import type { ByteToken } from './byte-tokens';

export interface MojibakeCodec {
  /** Kind reported after one round; `multiRoundKind` after two or more. */
  kind: GarbleKind;
  multiRoundKind: GarbleKind;
  /** Byte code of one UTF-16 unit in the wrong charset (two-byte codes as lead << 8 | trail), -1 if none. */
  codeOf(unit: number): number;
  /** Which runs the wrong charset produces: codecs of one shape read the same runs (see RUN_SHAPES). */
  shape: RunShape;
  decode(bytes: Uint8Array): ByteToken[];
  /** Second look at a failed decode, given where the run's characters start (see stripped-pairs.ts). */
  mend?(bytes: Uint8Array, tokens: ByteToken[], boundary: Uint8Array): ByteToken[];
  /** Whether this codec alone should be tried on these runs, over the others of its shape. */
  prefer?(text: string, runs: [number, number][]): boolean;
  /** Whether a run may be this codec's at all (runs plainly of another kind are not tried). */
  accepts?(text: string, start: number, end: number): boolean;
  /** Runs plainly of this kind that read back to no text: reported, left as they are. */
  pastRepair?(text: string, maxRuns?: number): [number, number][];
}

export interface RunShape {
  /** Flag in `unitClasses()` of the units that can be part of a garbled run (runs break at every other one). */
  runFlag: number;
  /**
   * Flag of the units that make a run worth decoding: a run needs two of them. Most runs of
   * clean text have none (UTF-8 lead pairs in GBK text, bytes above 0x7F in Latin text).
   */
  hitFlag: number;
  /**
   * A unit that may sit inside a run between two run units: the space a no-break space (0xA0)
   * became when Latin-1 text was copied (ä½ å¥½ for 你好).
   */
  joiner?: number;
  /** Share of a run's units that must be signs (runs of clean text hold a few by chance). */
  minHitShare?: number;
  /** Shortest run worth trying: a whole page read in the wrong double-byte charset makes long runs, other garbage short ones. */
  minLength?: number;
}

export const CP1252_EXTRAS = new Map(WINDOWS_1252_C1.map((unit, i) => [unit, 0x80 + i] as const).filter(([unit]) => unit));

/** latin-1 for U+0000-00FF (C1 controls included, as browsers show 0x81 0x8D ...), else windows-1252. */
export function eightBitCode(unit: number): number {
  return unit <= 0xff ? unit : (CP1252_EXTRAS.get(unit) ?? -1);
}

const IN_GBK_RUN = 1;
const IN_EIGHT_BIT_RUN = 2;
/** A GBK code pairing a UTF-8 lead byte (E3-E9, EF) with a continuation byte (80-BF). */
const UTF8_LEAD_PAIR = 4;
/** A unit of an 8-bit run above ASCII. */
const EIGHT_BIT_HIGH = 8;
/** A two-byte Big5 character, and a rare ideograph among them (Big5 level 2, where GBK's frequent bytes land). */
const IN_BIG5_RUN = 16;
const BIG5_RARE = 32;
/**
 * A GBK character that Big5 bytes make and clean text never holds: GBK's user area, and its rare
 * ideographs with a trail byte 40-7E (Big5's low trail bytes land there; UTF-8 read as GBK has
 * trails 80-BF instead). Kana, bopomofo and tone letters are not signs: Japanese text and zhuyin
 * are made of them.
 */
const GBK_BIG5_SIGN = 64;

/** The runs a page may hold: text read as GBK (signs: UTF-8 lead pairs), text read as Latin-1 (signs: bytes above 0x7F). */
export const RUN_SHAPES = {
  readAsGbk: { runFlag: IN_GBK_RUN, hitFlag: UTF8_LEAD_PAIR },
  readAsEightBit: { runFlag: IN_EIGHT_BIT_RUN, hitFlag: EIGHT_BIT_HIGH, joiner: 0x20 },
  /** Big5 bytes read as GBK: kana, Greek, user-area and rare ideographs among the Han characters. */
  readAsGbkOdd: { runFlag: IN_GBK_RUN, hitFlag: GBK_BIG5_SIGN, minHitShare: 0.2, minLength: 8 },
  /** GBK bytes read as Big5: rare Traditional characters among the common ones. */
  readAsBig5: { runFlag: IN_BIG5_RUN, hitFlag: BIG5_RARE, minHitShare: 0.2, minLength: 8 },
} as const satisfies Record<string, RunShape>;

let classes: Uint8Array | undefined;

/** Takes a table built ahead (lib/garbles/prebuilt-tables.ts) instead of building one. */
export function adoptUnitClasses(prebuilt: Uint8Array): void {
  classes = prebuilt;
}

/** One byte of flags per UTF-16 unit, so scanning a page for runs is a table lookup per character. */
export function unitClasses(): Uint8Array {
  if (classes) return classes;
  classes = new Uint8Array(0x10000);
  // UTF-8 never has ASCII inside a multi-byte character, so ASCII always ends a GBK-read run.
  const units = [...gbkCodes()].map((code) => gbkUnitOf(code)).concat(gbkAliasUnits());
  for (const unit of units) {
    const code = gbkCodeOf(unit);
    if (code <= 0xff) continue;
    classes[unit] |= IN_GBK_RUN;
    const lead = code >> 8;
    const trail = code & 0xff;
    // 锟 (EF BF) is U+FFFD's bytes, never a character's: 锟斤拷 is reported on its own.
    if (((lead >= 0xe3 && lead <= 0xe9) || lead === 0xef) && trail >= 0x80 && trail <= 0xbf && unit !== 0x951f) classes[unit] |= UTF8_LEAD_PAIR;
  }
  classes[0x20ac] |= IN_GBK_RUN; // € is GBK's single byte 0x80
  const costs = charCosts();
  for (const unit of units) {
    const code = gbkCodeOf(unit);
    const lead = code >> 8;
    const trail = code & 0xff;
    const privateUse = unit >= 0xe000 && unit <= 0xf8ff;
    const userArea = (lead >= 0xaa && lead <= 0xaf && trail >= 0xa1) || (lead >= 0xf8 && trail >= 0xa1) || privateUse;
    const rareHan = unit >= 0x3400 && unit <= 0x9fff && costs[unit] >= COST_ODD;
    if (lead >= 0xa1 && ((trail >= 0x40 && trail <= 0x7e && (rareHan || privateUse)) || userArea)) classes[unit] |= GBK_BIG5_SIGN;
  }
  const big5 = legacyTable('big5');
  for (const code of big5.codes) {
    const unit = big5.unitOf(code);
    if (big5.codeOf(unit) !== code) continue;
    // Rare ideographs only: bopomofo and symbols are Big5 too, and zhuyin text is made of them.
    classes[unit] |= IN_BIG5_RUN | (unit >= 0x3400 && unit <= 0x9fff && costs[unit] > 0 ? BIG5_RARE : 0);
  }
  // Windows' and Node's Big5 decoders read HKSCS as private use: as rare as it gets.
  for (let unit = 0xe000; unit <= 0xf8ff; unit++) if (big5.codeOf(unit) >= 0) classes[unit] |= IN_BIG5_RUN | BIG5_RARE;
  // 8-bit runs break at bytes below 0x40: no GBK trail byte or UTF-8 continuation is that
  // low, so spaces, digits and most punctuation are always real characters of the original.
  for (let unit = 0x40; unit <= 0xff; unit++) classes[unit] |= IN_EIGHT_BIT_RUN | (unit >= 0x80 ? EIGHT_BIT_HIGH : 0);
  for (const unit of CP1252_EXTRAS.keys()) classes[unit] |= IN_EIGHT_BIT_RUN | EIGHT_BIT_HIGH;
  return classes;
}

/**
 * Share of a stretch's GBK characters that pair a UTF-8 lead byte with a continuation byte:
 * about a third in UTF-8 read as GBK (however many rounds), almost none in clean text.
 */
export function utf8LeadPairShare(text: string, start = 0, end = text.length, skip?: Uint8Array): number {
  const table = unitClasses();
  let gbk = 0;
  let pairs = 0;
  for (let i = start; i < end; i++) {
    if (skip?.[i]) continue;
    const flags = table[text.charCodeAt(i)];
    if (flags & IN_GBK_RUN) gbk++;
    if (flags & UTF8_LEAD_PAIR) pairs++;
  }
  return gbk ? pairs / gbk : 0;
}

