// A Simplified page that quotes a Cantonese word: BBC's Simplified edition wrote 煲燶粥 (a
// burnt pot of congee) in a Simplified report. 燶 is not in Big5 (only in Hong Kong's sets), so
// it did not mark its text as Traditional; the text was never a stray, and a Simplified reader
// kept a character OpenCC converts (燶 -> 㶶). The sentences here are our own.
import { expect, test } from 'vitest';
import { createConverter, detectGarbles, detectScript, repairTexts } from '@/lib/engine';
import { runPlan } from '@/lib/page/text-plan';

const QUOTE = '邻居以为是谁家在煲燶饭，开窗一看才知道出了事。';

test('a Traditional character outside Big5 marks its text as carrying Traditional', () => {
  expect(detectScript(QUOTE).traditional).toBeGreaterThan(0);
  expect(detectScript('燶').script).toBe('traditional');
});

test('on a page already Simplified, such a text is a stray and is converted for a Simplified reader', async () => {
  const engine = { detectScript, detectGarbles, repairTexts, createConverter };
  const strayConverter = await createConverter('simplified');
  const { outputs } = runPlan(engine, { repair: false, converter: null, strays: 'traditional', strayConverter }, [QUOTE, '这是一段简体文字。']);
  expect(outputs).toEqual(['邻居以为是谁家在煲㶶饭，开窗一看才知道出了事。', '这是一段简体文字。']);
});
