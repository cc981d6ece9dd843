import { describe, expect, test } from 'vitest';
import { detectScript, sampleWindows } from '@/lib/detect/script';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '@/lib/detect/script-chars.generated';

describe('verdicts', () => {
  test('Simplified', () => {
    expect(detectScript('经济发展与环境保护并重，这里的研究团队今年发表了新成果。')).toMatchObject({ script: 'simplified', traditional: 0 });
  });
  test('Traditional', () => {
    expect(detectScript('經濟發展與環境保護並重，臺灣的研究團隊今年發表了新成果。')).toMatchObject({ script: 'traditional', simplified: 0 });
  });
  test('mixed', () => {
    const v = detectScript('经济发展与环境保护。經濟發展與環境保護。');
    expect(v.script).toBe('mixed');
    expect(v.simplified).toBeGreaterThan(2);
    expect(v.traditional).toBeGreaterThan(2);
  });
  test('none: no Han, or only characters both scripts share', () => {
    expect(detectScript('Hello, world')).toMatchObject({ script: 'none', han: 0 });
    expect(detectScript('中文日本人口')).toMatchObject({ script: 'none', han: 6 });
  });
  test('a careless mirror (后 于 么 里 并 left Simplified) is still Traditional', () => {
    expect(detectScript('經濟發展之后，於是我們在這里並且什么都討論了，關于環境。').script).toBe('traditional');
  });
  test('Hong Kong Cantonese is Traditional: 吓 and 晒 are its own characters there, not Simplified strays', () => {
    // Counted as Simplified, these two made such a text mixed, and a Taiwan reader's conversion wrote 淨系 for 淨係.
    expect(detectScript('多謝晒你哋，我試吓先，佢淨係話聽日再講。').script).toBe('traditional');
    expect(detectScript('晒太阳吓了一跳，我们都笑了。').script).toBe('simplified');
  });
  test('one stray character does not make a page mixed', () => {
    expect(detectScript('經濟發展與環境保護並重，臺灣的研究團隊今年發表了新成果，这').script).toBe('traditional');
  });
});

test('the marker sets are disjoint, and shared or leftover characters mark nothing', () => {
  const simplified = new Set(SIMPLIFIED_ONLY);
  for (const c of TRADITIONAL_ONLY) expect(simplified.has(c)).toBe(false);
  for (const c of '后于么里并干面中的') {
    expect(simplified.has(c)).toBe(false);
    expect(TRADITIONAL_ONLY.includes(c)).toBe(false);
  }
  for (const c of '们这发国') expect(simplified.has(c)).toBe(true);
  for (const c of '們這發國') expect(TRADITIONAL_ONLY.includes(c)).toBe(true);
});

test('long texts are judged on a bounded sample spread over the whole text', () => {
  const text = '经济发展'.repeat(50_000) + '經濟發展'.repeat(50_000);
  const v = detectScript(text);
  expect(v.sampled).toBeLessThanOrEqual(8192);
  expect(v.script).toBe('mixed');
  const windows = sampleWindows(text.length);
  expect(windows[0][0]).toBe(0);
  expect(windows.at(-1)![1]).toBe(text.length);
});
