// Big5-HKSCS text whose 0x9D-0xA0 lead bytes were lost (docs/garbles.md section 4): the trail
// byte left behind pairs with the next character's lead, and the text reads one byte off, as
// unrelated characters, until a trail byte in the ASCII range stands alone as a stray letter
// (喺民主派 -> 鬘薔D派) or a lead byte meets ASCII and the decoder writes U+FFFD. Where the
// misaligned run starts is not marked, so every start and every lost lead is tried, and the
// reading that costs least (cost.ts) wins when it beats the text as it stands clearly.
import { big5CodeOf, big5UnitOf, isMisalignedShape } from './bytes';
import { charCost, isCantonese, pairBonus, STRAY_ASCII } from './cost';

export interface LostLeadFix {
  /** The garbled stretch in the input, stray letter or U+FFFD included. */
  start: number;
  end: number;
  /** What it reads with the lost lead byte put back. */
  text: string;
  /** 0..1: how far the best reading stands above the next one. */
  confidence: number;
  /** The character after the run lost its trail byte too: U+FFFD stays where it was. */
  lossy: boolean;
}

/** The lead bytes such sites lose (HKSCS rows of 喺 嘅 啲 咗 嘢 嗰 ...). */
const LOST_LEADS = [0x9d, 0x9e, 0x9f, 0xa0];
/** Misaligned characters looked at before a stray letter: runs end at the first ASCII trail byte, a few characters on. */
const MAX_RUN = 40;
/** What putting a byte back costs: a reading must be better than the text by more than this. */
const INSERT_COST = 2;
/** And better than the text as it stands by this much in all. */
const MARGIN = 2;
/**
 * More when the character put back is not written Cantonese: the rows of 0x9D-0xA0 also hold
 * rare variants, which a misaligned Simplified or symbol-laden text can spell by chance.
 */
const RARE_RESTORED_COST = 4;
/**
 * The cheap first test: a character outside ASCII (the misaligned ones include Big5's symbols,
 * ㊣ ◎) followed by a lone ASCII letter or symbol (not part of a word or number such as 卡拉OK,
 * A股, 5G) or by a U+FFFD that stands for one byte (a lead byte met ASCII or the end of the
 * text; a U+FFFD followed by more text may stand for a pair of bytes, and nothing is known of them).
 */
const ANCHOR = /[^\x00-\x7f](?:[@-~](?![A-Za-z0-9])|\ufffd(?=[\x00-\x7f]|$))/g;

export function findLostLeads(text: string, limit = Infinity): LostLeadFix[] {
  const fixes: LostLeadFix[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m && fixes.length < limit; m = ANCHOR.exec(text)) {
    const anchor = m.index + 1;
    const fix = fixAt(text, anchor, fixes.length ? fixes[fixes.length - 1].end : 0);
    if (fix) fixes.push(fix);
    ANCHOR.lastIndex = anchor;
  }
  return fixes;
}

/** The best reading of the run that ends at `anchor` (a stray letter or U+FFFD), if it is clearly better. */
function fixAt(text: string, anchor: number, floor: number): LostLeadFix | null {
  // The cheap tests first (most anchors fail them): the character before is a misaligned shape,
  // and with a stray letter, its trail byte and the letter make a character.
  const stray = text[anchor] !== '\ufffd';
  if (stray && closesBracket(text, anchor)) return null;
  const last = text.charCodeAt(anchor - 1);
  if (!isMisalignedShape(last)) return null;
  if (stray && !big5UnitOf(((big5CodeOf(last) & 0xff) << 8) | text.charCodeAt(anchor))) return null;
  let first = anchor;
  while (first > floor && anchor - first < MAX_RUN && isMisalignedShape(text.charCodeAt(first - 1))) first--;
  const length = anchor - first;
  if (!length) return null;
  const codes = Array.from({ length }, (_, i) => big5CodeOf(text.charCodeAt(first + i)));
  // The run read in step again: each character's trail byte with the next one's lead. Those
  // pairs are the same whatever the start, so they are read once; a reading may start only
  // after the last pair that is no character. At U+FFFD the last trail byte lost its partner:
  // that character stays U+FFFD, standing where the run's last character and the U+FFFD were.
  const shifted = codes.map((code, i) => (i + 1 < length ? big5UnitOf(((code & 0xff) << 8) | (codes[i + 1] >> 8)) : stray ? big5UnitOf(((code & 0xff) << 8) | text.charCodeAt(anchor)) : 0xfffd));
  const earliest = shifted.lastIndexOf(0) + 1;
  if (earliest >= length) return null;
  // Costs by prefix (the text as it stands) and by suffix (the shifted reading), pair bonuses included.
  const standing = [0];
  for (let i = 0; i < length; i++) standing.push(standing[i] + charCost(text.charCodeAt(first + i)) - (i ? pairBonus(text.charCodeAt(first + i - 1), text.charCodeAt(first + i)) : 0));
  const reading = new Array<number>(length + 1).fill(0);
  for (let i = length - 1; i >= earliest; i--) reading[i] = reading[i + 1] + charCost(shifted[i]) - (i + 1 < length ? pairBonus(shifted[i], shifted[i + 1]) : 0);
  const anchorCost = charCost(text.charCodeAt(anchor)) - pairBonus(text.charCodeAt(anchor - 1), text.charCodeAt(anchor));
  // A U+FFFD the reading explains (the lead whose trail was lost) weighs as a stray letter does.
  const explained = stray ? 0 : STRAY_ASCII;
  let best = { cost: standing[length] + anchorCost - MARGIN, start: -1, lead: 0 };
  let runnerUp = standing[length] + anchorCost;
  for (let start = earliest; start < length; start++) {
    for (const lead of LOST_LEADS) {
      const restored = big5UnitOf((lead << 8) | (codes[start] >> 8));
      if (!restored) continue;
      const before = start ? pairBonus(text.charCodeAt(first + start - 1), restored) : 0;
      const after = pairBonus(restored, shifted[start]);
      const cost = standing[start] + charCost(restored) - before - after + reading[start] - explained + INSERT_COST + (isCantonese(restored) ? 0 : RARE_RESTORED_COST);
      if (cost < best.cost) {
        if (best.start >= 0) runnerUp = Math.min(runnerUp, best.cost);
        best = { cost, start, lead };
      } else runnerUp = Math.min(runnerUp, cost);
    }
  }
  if (best.start < 0) return null;
  const restored = String.fromCharCode(big5UnitOf((best.lead << 8) | (codes[best.start] >> 8)));
  const rest = String.fromCharCode(...shifted.slice(best.start));
  const gap = runnerUp - best.cost;
  return { start: first + best.start, end: anchor + 1, text: restored + rest, confidence: Math.min(0.99, 0.5 + gap / 8), lossy: !stray };
}

const OPENER_OF: Record<string, string> = { ']': '[', '}': '{' };

/** A ']' or '}' closing a bracket opened shortly before on the same line: [工具] is text, not a stray byte. */
function closesBracket(text: string, at: number): boolean {
  const opener = OPENER_OF[text[at]];
  if (!opener) return false;
  for (let i = at - 1; i >= Math.max(0, at - MAX_RUN); i--) {
    if (text[i] === opener) return true;
    if (text[i] === '\n') return false;
  }
  return false;
}
