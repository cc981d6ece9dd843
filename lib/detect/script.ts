// Which script a text is written in, from the characters that exist in only one of them.
// Long texts are judged on evenly spaced windows, so a content script pays a fixed price.
import type { ScriptVerdict } from '@/lib/engine/types';
import { scriptMarks, SIMPLIFIED_MARK, TRADITIONAL_MARK } from './script-classes';

const SAMPLE_WINDOWS = 8;
const WINDOW_CHARS = 1024;
/** Below this share of the minority script's markers, the text is one script with a few strays. */
const STRAY_SHARE = 0.1;
/**
 * Simplified forms that Hong Kong also writes in its own Traditional text (HKSCS Cantonese: 吓
 * haa5 in 試吓, 晒 saai3 in 多謝晒). They mark neither script: counted as Simplified, a Cantonese
 * page looked mixed and was converted for a Taiwan reader (淨係 -> 淨系, 晒 -> 曬).
 */
const HA = 0x5413; // 吓
const SAAI = 0x6652; // 晒

export function detectScript(text: string): ScriptVerdict {
  const marks = scriptMarks();
  const verdict: ScriptVerdict = { script: 'none', simplified: 0, traditional: 0, han: 0, sampled: 0 };
  const windows = sampleWindows(text.length);
  for (const [start, end] of windows) {
    for (let i = start; i < end; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 0x3400) continue;
      const mark = marks[unit];
      if (mark === SIMPLIFIED_MARK) verdict.simplified += unit === HA || unit === SAAI ? 0 : 1;
      else if (mark === TRADITIONAL_MARK) verdict.traditional++;
      if (isHan(unit)) verdict.han++;
    }
    verdict.sampled += end - start;
  }
  verdict.script = decide(verdict.simplified, verdict.traditional);
  return verdict;
}

function decide(simplified: number, traditional: number): ScriptVerdict['script'] {
  const marked = simplified + traditional;
  // No character tells the scripts apart (短句 like 中文, 日本): nothing to say.
  if (marked === 0) return 'none';
  if (simplified <= marked * STRAY_SHARE) return 'traditional';
  if (traditional <= marked * STRAY_SHARE) return 'simplified';
  return 'mixed';
}

function isHan(unit: number): boolean {
  return (unit >= 0x4e00 && unit <= 0x9fff) || (unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0xf900 && unit <= 0xfaff);
}

/** [start, end) ranges to read: the whole text when short, else windows spread over it. */
export function sampleWindows(length: number): [number, number][] {
  if (length <= SAMPLE_WINDOWS * WINDOW_CHARS) return [[0, length]];
  const step = (length - WINDOW_CHARS) / (SAMPLE_WINDOWS - 1);
  const windows: [number, number][] = [];
  for (let w = 0; w < SAMPLE_WINDOWS; w++) {
    const start = Math.floor(w * step);
    windows.push([start, start + WINDOW_CHARS]);
  }
  return windows;
}
