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
  // One look at the batch as a whole first: on a clean page (most pages) the per-text
  // repair passes are skipped, which is most of the cost of a large page.
  if (plan.repair && plan.pinyinPage) ({ texts, report } = engine.repairTexts(sources, { pinyin: 'always' }));
  else if (plan.repair && engine.detectGarbles(sources.join('\n')).length) ({ texts, report } = engine.repairTexts(sources));
  if (!plan.converter) return { outputs: texts, report };
  // Only texts with Han characters go to the converter; the rest cannot change.
  const indexes: number[] = [];
  const han: string[] = [];
  texts.forEach((text, i) => {
    if (HAN.test(text)) {
      indexes.push(i);
      han.push(text);
    }
  });
  const converted = han.length ? plan.converter.convertBatch(han) : [];
  const outputs = texts.slice();
  indexes.forEach((index, k) => (outputs[index] = converted[k]));
  return { outputs, report };
}
