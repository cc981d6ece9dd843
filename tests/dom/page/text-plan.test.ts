import { expect, test, vi } from 'vitest';
import { runPlan } from '@/lib/page/text-plan';
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
