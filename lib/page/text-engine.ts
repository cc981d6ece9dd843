// TextEngine: the part of the text engine (lib/engine) a page session uses. The session gets it as a
// parameter, so DOM tests can pass a small fake and the bundle loads the real one lazily.
import type { BatchRepairResult, ConvertOptions, Converter, GarbleFinding, ScriptVerdict, Target } from '@/lib/engine/types';

export interface TextEngine {
  detectScript(text: string): ScriptVerdict;
  detectGarbles(text: string): GarbleFinding[];
  /** `pinyin: 'always'` once the page showed the injection signature (later batches are too small to show it). */
  repairTexts(texts: string[], options?: { pinyin?: 'auto' | 'always' | 'never' }): BatchRepairResult;
  createConverter(target: Target, options?: ConvertOptions): Promise<Converter>;
}

/** Targets written in Traditional characters. */
export function isTraditionalTarget(target: Target): boolean {
  return target !== 'simplified';
}

/** Conversion is due when the page is not already in the target's script. */
export function needsConversion(verdict: ScriptVerdict, target: Target): boolean {
  if (verdict.script === 'none') return false;
  if (verdict.script === 'mixed') return true;
  return (verdict.script === 'traditional') !== isTraditionalTarget(target);
}
