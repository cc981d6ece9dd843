import { describe, expect, test, vi } from 'vitest';
import { runPlan, type TextPlan } from '@/lib/page/text-plan';
import { createConverter, detectScript } from '@/lib/engine';
import { emptyReport } from '@/lib/page/report';
import type { GarbleFinding } from '@/lib/engine/types';
import { fakeEngine } from './fake-engine';

function engineSeeing(findings: GarbleFinding[]) {
  const engine = fakeEngine();
  engine.detectGarbles = () => findings;
  engine.repairTexts = vi.fn((texts: string[]) => ({
    texts: texts.map((t) => t.toUpperCase()),
    report: { ...emptyReport(), unrecoverable: [{ kind: 'replacement-chars' as const, start: 0, end: 1, text: '\ufffd' }] },
  }));
  return engine;
}

const texts = ['abc 中文', 'x\ufffd\ufffd', 'def'];

test('a clean batch never reaches the per-text repair', () => {
  const engine = engineSeeing([]);
  expect(runPlan(engine, { repair: true, converter: null }, texts).outputs).toEqual(texts);
  expect(engine.repairTexts).not.toHaveBeenCalled();
});

test('a recoverable garble sends the whole batch through repair (page-level decisions)', () => {
  const engine = engineSeeing([{ kind: 'utf8-as-gbk', count: 3, confidence: 0.9, recoverable: true }]);
  expect(runPlan(engine, { repair: true, converter: null }, texts).outputs).toEqual(['ABC 中文', 'X\ufffd\ufffd', 'DEF']);
  expect(engine.repairTexts).toHaveBeenCalledWith(texts);
});

test('only unrecoverable garbles: texts stay, only those with lost bytes are located for the report', () => {
  const engine = engineSeeing([{ kind: 'replacement-chars', count: 1, confidence: 1, recoverable: false }]);
  const { outputs, report } = runPlan(engine, { repair: true, converter: null }, texts);
  expect(outputs).toEqual(texts);
  expect(engine.repairTexts).toHaveBeenCalledWith(['x\ufffd\ufffd']);
  expect(report.garbles).toHaveLength(1);
  expect(report.unrecoverable).toHaveLength(1);
});

describe('on a page in the reader\'s script, a text is a stray only when the other script outweighs it', () => {
  // A Hong Kong headline for a Taiwan reader: 秘 is OpenCC's Simplified for 祕, yet Taiwan and
  // Hong Kong write 秘 too, so one of it beside many Traditional marks is no Simplified text.
  // Converted as one, it went through Simplified and back, and 皇帝後宮 came out as 皇帝后宮.
  const traditional = '揭開皇帝後宮的秘密檔案，誰是最後贏家？';
  const simplified = '这是一条简体中文的新闻标题';

  test.each([
    ['Traditional text with one ambiguous 秘', traditional, traditional],
    ['a Simplified headline', simplified, '這是一條簡體中文的新聞標題'],
  ])('%s', async (_, source, expected) => {
    const engine = { ...fakeEngine(), detectScript };
    const plan: TextPlan = { repair: false, converter: null, strays: 'simplified', strayConverter: await createConverter('taiwan') };
    expect(runPlan(engine, plan, [source]).outputs).toEqual([expected]);
  });
});
