// A small stand-in for lib/engine, so the DOM layer is tested on its own: a handful of
// Traditional/Simplified pairs, and a "repair" that drops an injected `(pinyin)`.
import type { ConvertOptions, Converter, ScriptVerdict, Target } from '@/lib/engine/types';
import type { TextEngine } from '@/lib/page/text-engine';
import { emptyReport } from '@/lib/page/report';

const PAIRS: [string, string][] = [['國', '国'], ['語', '语'], ['們', '们'], ['這', '这'], ['個', '个'], ['來', '来'], ['說', '说'], ['發', '发'], ['場', '场'], ['綠', '绿'], ['題', '题']];
const TO_SIMPLIFIED = new Map(PAIRS);
const PINYIN = /\((fā|guó)\)/g;
const TO_TRADITIONAL = new Map(PAIRS.map(([t, s]) => [s, t]));

export function convertWith(map: Map<string, string>, text: string): string {
  return [...text].map((c) => map.get(c) ?? c).join('');
}

export function fakeEngine(calls = { converted: [] as string[] }): TextEngine & { calls: typeof calls } {
  return {
    calls,
    detectScript(text: string): ScriptVerdict {
      const traditional = [...text].filter((c) => TO_SIMPLIFIED.has(c)).length;
      const simplified = [...text].filter((c) => TO_TRADITIONAL.has(c)).length;
      const script = traditional + simplified === 0 ? 'none' : traditional && simplified ? 'mixed' : traditional ? 'traditional' : 'simplified';
      return { script, traditional, simplified, han: traditional + simplified, sampled: text.length };
    },
    // Like the real engine: injected pinyin is only recognised from a signature of at least two annotations
    // in the batch, unless the caller already knows the page carries it.
    detectGarbles(text: string) {
      const count = text.match(PINYIN)?.length ?? 0;
      return count >= 2 ? [{ kind: 'pinyin-injection' as const, count, confidence: 1, recoverable: true }] : [];
    },
    repairTexts(texts: string[], options?: { pinyin?: 'auto' | 'always' | 'never' }) {
      const report = emptyReport();
      const signature = (texts.join('\n').match(PINYIN)?.length ?? 0) >= 2;
      if (!signature && options?.pinyin !== 'always') return { texts, report };
      let count = 0;
      const out = texts.map((t) => t.replace(PINYIN, () => (count++, '')));
      if (count) {
        report.garbles.push({ kind: 'pinyin-injection', count, confidence: 1, recoverable: true });
        report.repaired.push({ kind: 'pinyin-injection', count });
      }
      return { texts: out, report };
    },
    async createConverter(target: Target, options?: ConvertOptions): Promise<Converter> {
      // Without dictionaries (a page already in the reader's script) only the reader's phrases apply.
      const map = options?.dictionaries === false ? new Map<string, string>() : target === 'simplified' ? TO_SIMPLIFIED : TO_TRADITIONAL;
      const phrases = options?.dictionaries === false ? Object.entries(options.phrases ?? {}) : [];
      const convert = (t: string) => (calls.converted.push(t), phrases.reduce((out, [from, to]) => out.split(from).join(to), convertWith(map, t)));
      return { target, convert, convertBatch: (texts) => texts.map(convert) };
    },
  };
}
