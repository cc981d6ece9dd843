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

describe('on a page in the reader\'s script, texts carrying the other script', () => {
  // Hong Kong pages for a Taiwan reader. 秘 is OpenCC's Simplified for 祕, yet Taiwan and Hong
  // Kong write 秘; 温 and 撑 are Hong Kong's forms of 溫 and 撐, Simplified to OpenCC and to
  // Taiwan. Converted whole, such a text went through Simplified and back, and 皇帝後宮 came out
  // as 皇帝后宮; left whole, 温 stayed. Only the other script's own characters change.
  const cases: [string, 'simplified' | 'taiwan', string, string][] = [
    ['one ambiguous 秘 among Traditional marks', 'taiwan', '揭開皇帝後宮的秘密檔案，誰是最後贏家？', '揭開皇帝後宮的秘密檔案，誰是最後贏家？'],
    ['Hong Kong forms among Traditional marks', 'taiwan', '天氣趨温和，股市續撑，皇帝後宮的秘密', '天氣趨溫和，股市續撐，皇帝後宮的秘密'],
    ['a Simplified headline (a stray: converted whole)', 'taiwan', '这是一条简体中文的新闻标题', '這是一條簡體中文的新聞標題'],
    ['one Traditional character in Simplified text', 'simplified', '这是一個测试的标题，内容很长', '这是一个测试的标题，内容很长'],
  ];

  test.each(cases)('%s', async (_, target, source, expected) => {
    const engine = { ...fakeEngine(), detectScript };
    const strays = target === 'simplified' ? 'traditional' : 'simplified';
    const plan: TextPlan = { repair: false, converter: null, strays, strayConverter: await createConverter(target) };
    expect(runPlan(engine, plan, [source]).outputs).toEqual([expected]);
  });

  test('until the converter for them is loaded, they are counted (the session loads it) and stay', () => {
    const engine = { ...fakeEngine(), detectScript };
    const sources = cases.slice(1, 3).map(([, , source]) => source);
    expect(runPlan(engine, { repair: false, converter: null, strays: 'simplified' }, sources)).toMatchObject({ outputs: sources, strays: 2 });
  });
});

test('a text mostly in Hangul is Korean even on a Chinese page: its hanja are not converted', async () => {
  const engine = { ...fakeEngine(), detectScript };
  const plan: TextPlan = { repair: false, converter: await createConverter('simplified') };
  const korean = '대한민국 國會는 議員 選擧를 실시했다';
  const chinese = '韓國總統尹錫悅（윤석열）昨日表示，國會將會繼續開會。';
  expect(runPlan(engine, plan, [korean, chinese]).outputs).toEqual([korean, '韩国总统尹锡悦（윤석열）昨日表示，国会将会继续开会。']);
});
