// The user's phrase table: source -> replacement, matched longest first on the input as
// written, before any dictionary. Text between two user phrases is converted on its own, so
// no dictionary phrase can straddle a user phrase. A protected phrase is an entry mapped to
// itself (lib/settings/phrases.ts).
//
// Speed: a reader's table may hold 10,000 entries, and the scan for them runs over every
// character of the page (phrase-index.ts keeps that test in cache). The scan also looks for
// compatibility ideographs, so that text without any skips the normalising pass. Where the
// conversion is one trie (toward Simplified) the scan runs inside its pass
// (FlatTrie.convertAroundEntries); otherwise the pieces between entries are handed to the
// dictionaries as ranges of the text, never copied out of it.
import { PhraseIndex } from './phrase-index.ts';
import type { RangeConverter, SingleStep } from './pipeline.ts';
import { unmatchedLength } from './unmatched-length.ts';

/** What the converter hands the table (converter.ts). */
export interface DictionaryConversion {
  convert: RangeConverter;
  /**
   * The same for text that holds no key of the normalising dictionary (CJK compatibility
   * ideographs: U+F900-U+FAFF and U+2F800-U+2FA1F, all 1,002 of opencc-js's, checked by
   * tests/unit/convert/phrases.test.ts); the scan looks for them on its way, so such text
   * skips that pass.
   */
  convertNormalized: RangeConverter;
  /** `convertNormalized` when it is one trie: then it runs in one pass with the scan. */
  singleStep?: SingleStep;
}

/** The scan for the table's entries, left to right, longest first (FlatTrie.convertAroundEntries has its own copy, inline). */
class EntryScan {
  /** The next position to test: no entry starts at a position the scan has passed. */
  private at = 0;
  /** Start of the entry the scan stopped at, or -1 while none is found; its end and replacement. */
  entryStart = -1;
  entryEnd = 0;
  entryValue = '';
  /** The text passed may hold a compatibility ideograph: it needs the normalising pass. */
  compatibility = false;

  constructor(readonly index: PhraseIndex) {}

  reset(start: number): void {
    this.at = start;
    this.entryStart = -1;
    this.compatibility = false;
  }

  /** Tests the positions before `to` not yet tested, up to the first entry found. */
  scanTo(s: string, to: number, end: number): void {
    const index = this.index;
    const startBits = index.startBits;
    let i = this.at;
    while (i < to) {
      const unit = s.charCodeAt(i);
      // Inline, the test that rejects most positions; the rest is a call.
      const matched = (startBits[(unit >>> 5) << 1] & (1 << (unit & 31))) === 0 ? -1 : index.longestAt(s, i, unit, end);
      if (matched >= 0) {
        this.entryStart = i;
        this.entryEnd = matched;
        this.entryValue = index.lastValue;
        break;
      }
      if (unit < 0x2ff0 || (unit > 0x2fff && unit < 0xd800)) {
        i += 1; // nearly always: Han, Latin, punctuation
      } else {
        // An IDS sequence or a surrogate pair is skipped as a whole, as the dictionaries skip it.
        if (index.refuses(unit)) this.compatibility = true;
        i += unmatchedLength(s, i, end);
      }
    }
    this.at = i;
  }

  /** The entry is written: the scan goes on from its end. */
  passEntry(): void {
    this.at = this.entryEnd;
    this.entryStart = -1;
  }
}

/** Where the table's entries are in one text: [from, to) pairs and their replacements. */
interface EntriesFound {
  bounds: number[];
  replacements: string[];
}

export function withPhraseTable(phrases: Readonly<Record<string, string>>, dictionaries: DictionaryConversion): RangeConverter {
  const { convert, convertNormalized, singleStep } = dictionaries;
  const entries = Object.entries(phrases).filter(([source]) => source.length > 0);
  if (entries.length === 0) return convert;
  const scan = new EntryScan(new PhraseIndex(entries));
  const found: EntriesFound = { bounds: [], replacements: [] }; // reused: conversions are synchronous

  return (s, start, end) => {
    const converted = singleStep?.trie.convertAroundEntries(s, start, end, singleStep.levels, scan.index);
    if (converted != null) return converted;
    findEntries(s, start, end, scan, found);
    const convertPiece = scan.compatibility ? convert : convertNormalized;
    return found.bounds.length === 0 ? convertPiece(s, start, end) : convertPieces(s, start, end, found, convertPiece);
  };
}

/** Entries in s[start, end), left to right, longest first, into `found`; `scan.compatibility` tells about the rest. */
function findEntries(s: string, start: number, end: number, scan: EntryScan, found: EntriesFound): void {
  found.bounds.length = 0;
  found.replacements.length = 0;
  scan.reset(start);
  for (;;) {
    scan.scanTo(s, end, end);
    if (scan.entryStart < 0) return;
    found.bounds.push(scan.entryStart, scan.entryEnd);
    found.replacements.push(scan.entryValue);
    scan.passEntry();
  }
}

/** The pieces between entries converted one by one, each read in place, and the entries' replacements. */
function convertPieces(s: string, start: number, end: number, found: EntriesFound, convertRange: RangeConverter): string {
  const { bounds, replacements } = found;
  let out = '';
  let copied = start;
  for (let k = 0; k < bounds.length; k += 2) {
    if (copied < bounds[k]) out += convertRange(s, copied, bounds[k]);
    out += replacements[k >> 1];
    copied = bounds[k + 1];
  }
  return copied < end ? out + convertRange(s, copied, end) : out;
}
