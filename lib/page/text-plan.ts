// What to do with a page's texts once the page is judged: repair, then convert.
// Pure string work over arrays; the DOM layer hands texts in and writes results back.
import type { Converter, RepairReport } from '@/lib/engine/types';
import type { TouchUp } from '@/lib/messaging';
import type { TextEngine } from './text-engine';
import { emptyReport } from './report';
import { isJapaneseText, isKoreanText } from '@/lib/sniff/language';

export interface TextPlan {
  repair: boolean;
  /** Set once the page is known to carry injected pinyin: every later batch is repaired too. */
  pinyinPage?: boolean;
  /**
   * Converts every text: toward the reader's script, or (a page already in it) only the reader's
   * phrases and quotes. null: nothing to convert, or conversion is off.
   */
  converter: Converter | null;
  /** Set when `converter` only applies the reader's phrases and quotes (the popup says so). */
  touchUp?: TouchUp;
  /**
   * The page is in the reader's script, but some texts may not be (a Traditional column name on a
   * Simplified page): texts carrying the other script's marks go through `strayConverter`, and
   * while there is none, they are counted so the session can load one.
   */
  strays?: 'simplified' | 'traditional';
  strayConverter?: Converter;
}

export interface PlanResult {
  outputs: string[];
  report: RepairReport;
  /** Texts in the other script that waited for a converter (plan.strays without strayConverter). */
  strays: number;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function runPlan(engine: TextEngine, plan: TextPlan, sources: string[]): PlanResult {
  if (sources.length === 0) return { outputs: [], report: emptyReport(), strays: 0 };
  let texts = sources;
  let report = emptyReport();
  if (plan.repair && plan.pinyinPage) ({ texts, report } = engine.repairTexts(sources, { pinyin: 'always' }));
  else if (plan.repair) ({ texts, report } = repairIfNeeded(engine, sources));
  if (!plan.converter && !plan.strays) return { outputs: texts, report, strays: 0 };
  // Only texts with Han characters go to a converter; the rest cannot change. A text with kana
  // beside its kanji is Japanese, even on a Chinese page: its kanji are not Traditional characters;
  // one mostly in Hangul is Korean, and its hanja stay too.
  const all = new Batch();
  const strays = new Batch();
  const touched = new Batch();
  const other = plan.strays;
  for (let i = 0; i < texts.length; i++) {
    if (!HAN.test(texts[i]) || isJapaneseText(texts[i]) || isKoreanText(texts[i])) continue;
    const marks = other && marksOf(engine, texts[i], other);
    if (marks && isStray(marks, other)) strays.add(i, texts[i]);
    else if (marks && marks.other > 0) touched.add(i, texts[i]);
    else if (plan.converter) all.add(i, texts[i]);
  }
  const outputs = texts.slice();
  if (plan.converter) all.convertInto(plan.converter, outputs);
  if (plan.strayConverter) strays.convertInto(plan.strayConverter, outputs);
  touched.indexes.forEach((index, k) => {
    const text = touched.texts[k];
    const patched = other && plan.strayConverter ? onlyMarks(engine, other, text, plan.strayConverter.convert(text)) : text;
    outputs[index] = plan.converter ? plan.converter.convert(patched) : patched;
  });
  return { outputs, report, strays: plan.strayConverter ? 0 : strays.texts.length + touched.texts.length };
}

/** Texts bound for one converter, with where their results go. */
class Batch {
  readonly indexes: number[] = [];
  readonly texts: string[] = [];
  add(index: number, text: string) {
    this.indexes.push(index);
    this.texts.push(text);
  }
  convertInto(converter: Converter, outputs: string[]) {
    if (!this.texts.length) return;
    const converted = converter.convertBatch(this.texts);
    for (let k = 0; k < this.indexes.length; k++) outputs[this.indexes[k]] = converted[k];
  }
}

/**
 * How many characters of `text` mark `other` (the script the page is not in) and how many mark
 * the page's own.
 */
function marksOf(engine: TextEngine, text: string, other: 'simplified' | 'traditional'): { other: number; own: number } {
  const { simplified, traditional } = engine.detectScript(text);
  return other === 'simplified' ? { other: simplified, own: traditional } : { other: traditional, own: simplified };
}

/**
 * Whether a text carrying `marks` goes to the stray converter whole. Toward Traditional (Simplified
 * marks on a Traditional page), only when they outweigh its Traditional ones: some are valid in
 * both (秘 is OpenCC's Simplified for 祕, yet Taiwan and Hong Kong write 秘), and that converter
 * rewrites the whole text through Simplified, which is not lossless on Traditional text already
 * right; a text with fewer is patched (onlyMarks). Toward Simplified, one Traditional mark is
 * enough: converting Simplified text to Simplified leaves it as it is, and a Traditional word
 * quoted in Simplified prose (煲燶粥 on BBC's Simplified edition) must be converted, though its
 * conversion (燶 -> 𬊤) changes the text's length and could not be patched in.
 */
function isStray(marks: { other: number; own: number }, other: 'simplified' | 'traditional'): boolean {
  return other === 'traditional' ? marks.other > 0 : marks.other > marks.own;
}

/**
 * `converted` kept only where `source` had a character of the `other` script: the converter goes
 * through the other script and back, which is not lossless on text already right (皇帝後宮 came
 * back as 皇帝后宮), so the page's own characters stay as they are. A conversion that changed the
 * text's length cannot be lined up: the text stays.
 */
function onlyMarks(engine: TextEngine, other: 'simplified' | 'traditional', source: string, converted: string): string {
  if (converted.length !== source.length) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const changed = converted[i] !== source[i];
    out += changed && marksOf(engine, source[i], other).other > 0 ? converted[i] : source[i];
  }
  return out;
}

/** Where the bytes are gone (U+FFFD, 锟斤拷): only such texts need the per-text pass, for the report. */
const LOST_BYTES = /\ufffd|锟/;

/**
 * One look at the batch as a whole first: a clean page (most pages) skips the per-text
 * passes, which are most of the cost on a large page. When only unrecoverable garbles are
 * seen, only the texts that show lost bytes go through the engine, to locate them.
 */
function repairIfNeeded(engine: TextEngine, sources: string[]): { texts: string[]; report: RepairReport } {
  const findings = engine.detectGarbles(sources.join('\n'));
  if (findings.some((f) => f.recoverable)) return engine.repairTexts(sources);
  const report = emptyReport();
  if (!findings.length) return { texts: sources, report };
  report.garbles = findings;
  const lossy = sources.filter((text) => LOST_BYTES.test(text));
  if (lossy.length) report.unrecoverable = engine.repairTexts(lossy).report.unrecoverable;
  return { texts: sources, report };
}

/** Texts spread over the whole page, about `maxChars` of them: enough for a script verdict. */
export function sampleOf(nodes: readonly Text[], read: (node: Text) => string, maxChars = 32_768): string {
  let total = 0;
  for (const node of nodes) total += node.length;
  const step = Math.max(1, Math.ceil(total / maxChars));
  const picked: string[] = [];
  for (let i = 0; i < nodes.length; i += step) picked.push(read(nodes[i]));
  return picked.join('\n');
}
