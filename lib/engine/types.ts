// The engine's public vocabulary. Every layer (content script, popup, library, CLI)
// speaks in these types; keep them small and serialisable (they cross messaging).

/** Which script a text is written in. */
export type Script = 'simplified' | 'traditional' | 'mixed' | 'none';

export interface ScriptVerdict {
  script: Script;
  /** Han characters that exist only in Simplified form. */
  simplified: number;
  /** Han characters that exist only in Traditional form. */
  traditional: number;
  /** All Han characters seen in the sample. */
  han: number;
  /** Characters examined (the verdict is taken on a sample of long texts). */
  sampled: number;
}

export type GarbleKind =
  | 'pinyin-injection'
  | 'utf8-as-gbk'
  | 'gbk-as-latin1'
  | 'utf8-as-latin1'
  | 'double-utf8'
  | 'gbk-as-big5'
  | 'big5-as-gbk'
  | 'big5-lost-lead'
  | 'replacement-chars'
  | 'kunjinkao'
  | 'bad-s2t'
  | 'mixed-script'
  | 'escape-artifact';

export interface GarbleFinding {
  kind: GarbleKind;
  /** Occurrences (annotations, runs, characters: whatever unit the kind counts). */
  count: number;
  /** 0..1: how sure the detector is. */
  confidence: number;
  /** Whether `repair` can undo it. */
  recoverable: boolean;
}

/** A stretch of the *output* text the engine could not restore exactly. */
export interface UnrecoverableSpan {
  kind: GarbleKind;
  /** UTF-16 offsets into the repaired text (for batch APIs: into that item). */
  start: number;
  end: number;
  text: string;
  /** Index of the item in a batch; absent for single-text calls. */
  item?: number;
  note?: string;
  /** How sure the engine is of what it put there (0..1), where it chose among candidates. */
  confidence?: number;
}

export interface RepairReport {
  garbles: GarbleFinding[];
  /** What was actually changed, per kind. */
  repaired: { kind: GarbleKind; count: number }[];
  unrecoverable: UnrecoverableSpan[];
}

export interface RepairResult {
  text: string;
  report: RepairReport;
}

export interface BatchRepairResult {
  texts: string[];
  report: RepairReport;
}

/** The reader's script. `taiwan-phrases` is OpenCC s2twp (Taiwan vocabulary too). */
export type Target = 'simplified' | 'traditional' | 'taiwan' | 'taiwan-phrases' | 'hongkong';

export interface ConvertOptions {
  /** User phrase table: source -> replacement, applied before the dictionaries. */
  phrases?: Record<string, string>;
  /** Quotes follow the target: “” ‘’ -> 「」 『』 toward Traditional, back toward Simplified (lib/convert/punctuation.ts). */
  punctuation?: boolean;
  /** false: only the phrase table and quotes, no dictionary (a page already in the target's script). */
  dictionaries?: boolean;
}

export interface Converter {
  readonly target: Target;
  convert(text: string): string;
  /** Same output as mapping `convert`, in one pass (page text nodes). */
  convertBatch(texts: readonly string[]): string[];
}
