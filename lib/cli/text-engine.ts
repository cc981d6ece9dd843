// The CLI's view of the text engine: the same functions the page uses
// (lib/engine), applied to a plain text or to the parts of an HTML page.
import type { BatchRepairResult, Converter, GarbleFinding, RepairReport, ScriptVerdict, Target } from '@/lib/engine/types.ts';
import { createConverter, type TraditionalVariant } from '@/lib/convert/index.ts';
import { detectGarbles, detectScript, repairTexts } from '@/lib/engine/index.ts';

export interface EngineRun {
  texts: string[];
  /** Present when repair ran. */
  repair?: RepairReport;
  /** Items whose text conversion changed (present when conversion ran). */
  converted?: number;
}

const converters = new Map<string, Promise<Converter>>();

function converterFor(target: Target, from: TraditionalVariant | undefined): Promise<Converter> {
  const key = `${target}/${from ?? ''}`;
  let converter = converters.get(key);
  if (!converter) converters.set(key, (converter = createConverter(target, { from })));
  return converter;
}

export interface EngineSteps {
  repair: boolean;
  to?: Target;
  /** The Traditional variant of the input (opencc-js `from`). */
  from?: TraditionalVariant;
}

/**
 * Repairs (optionally) and converts (optionally) the texts of one document as a
 * batch, so page-level evidence (a pinyin-injection signature) counts across
 * all of its text nodes.
 */
export async function runEngine(texts: string[], steps: EngineSteps): Promise<EngineRun> {
  let current = texts;
  let repair: RepairReport | undefined;
  if (steps.repair) {
    const result: BatchRepairResult = repairTexts(current);
    current = result.texts;
    repair = result.report;
  }
  if (!steps.to) return { texts: current, repair };
  const converter = await converterFor(steps.to, steps.from);
  const converted = converter.convertBatch(current);
  return { texts: converted, repair, converted: converted.filter((text, index) => text !== current[index]).length };
}

export interface Detection {
  verdict: ScriptVerdict;
  garbles: GarbleFinding[];
}

export function detectText(text: string): Detection {
  return { verdict: detectScript(text), garbles: detectGarbles(text) };
}
