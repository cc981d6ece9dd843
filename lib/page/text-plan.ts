// What to do with a page's texts once the page is judged: repair, then convert.
// Pure string work over arrays; the DOM layer hands texts in and writes results back.
import type { Converter, RepairReport } from '@/lib/engine/types';
import type { PageEngine } from './engine-api';
import { emptyReport } from './report';

export interface TextPlan {
  repair: boolean;
  /** Set once the page is known to carry injected pinyin: every later batch is repaired too. */
  pinyinPage?: boolean;
  /** null: the page is already in the reader's script, or conversion is off. */
  converter: Converter | null;
}

export interface PlanResult {
  outputs: string[];
  report: RepairReport;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export function runPlan(engine: PageEngine, plan: TextPlan, sources: string[]): PlanResult {
  if (sources.length === 0) return { outputs: [], report: emptyReport() };
  let texts = sources;
  let report = emptyReport();
  if (plan.repair && plan.pinyinPage) ({ texts, report } = engine.repairTexts(sources, { pinyin: 'always' }));
  else if (plan.repair) ({ texts, report } = repairIfNeeded(engine, sources));
  if (!plan.converter) return { outputs: texts, report };
  // Only texts with Han characters go to the converter; the rest cannot change.
  const indexes: number[] = [];
  const han: string[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (!HAN.test(texts[i])) continue;
    indexes.push(i);
    han.push(texts[i]);
  }
  const converted = han.length ? plan.converter.convertBatch(han) : [];
  const outputs = texts.slice();
  for (let k = 0; k < indexes.length; k++) outputs[indexes[k]] = converted[k];
  return { outputs, report };
}

/** Where the bytes are gone (U+FFFD, 锟斤拷): only such texts need the per-text pass, for the report. */
const LOST_BYTES = /\ufffd|锟/;

/**
 * One look at the batch as a whole first: a clean page (most pages) skips the per-text
 * passes, which are most of the cost on a large page. When only unrecoverable garbles are
 * seen, only the texts that show lost bytes go through the engine, to locate them.
 */
function repairIfNeeded(engine: PageEngine, sources: string[]): { texts: string[]; report: RepairReport } {
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
