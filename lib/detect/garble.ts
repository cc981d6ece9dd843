// What is wrong with a text, kind by kind, with counts and how sure we are. Each kind has a
// cheap first test, so clean text (the usual case) costs one pass of table lookups.
import type { GarbleFinding, GarbleKind } from '../engine/types';
import { findPinyinInjection } from '../repair/pinyin-injection';
import { countArtifacts } from '../repair/artifacts';
import { findRunFixes } from '../repair/mojibake';
import { findGarbledRuns } from './mojibake-runs';
import { scanBadS2t } from './bad-s2t';
import { detectScript } from './script';
import { findUnrecoverable } from './unrecoverable';
import { findEightBitDebris } from './eight-bit-debris';

/** Runs checked per codec family: enough to name a page's garble, bounded for long pages. */
const MAX_RUNS_CHECKED = 48;
/** Markers of the minority script a mixed page must show before it is called mixed. */
const MIXED_MINIMUM = 5;

export function detectGarbles(text: string): GarbleFinding[] {
  const findings: GarbleFinding[] = [];
  const add = (kind: GarbleKind, count: number, confidence: number, recoverable: boolean) => {
    if (count > 0) findings.push({ kind, count, confidence: round(confidence), recoverable });
  };

  const pinyin = findPinyinInjection(text);
  if (pinyin.signature) add('pinyin-injection', pinyin.count, pinyin.confidence, true);

  const fixes = findRunFixes(text, undefined, MAX_RUNS_CHECKED);
  for (const kind of new Set(fixes.map((f) => f.kind))) {
    const runs = fixes.filter((f) => f.kind === kind);
    const length = runs.reduce((n, f) => n + f.text.length, 0);
    const lost = runs.reduce((n, f) => n + f.lossy.reduce((m, [s, e]) => m + e - s, 0), 0);
    add(kind, runs.length, 1 - Math.pow(0.4, runs.length), lost < length * 0.2);
  }

  const pastRepair = findGarbledRuns(text, MAX_RUNS_CHECKED).length;
  if (pastRepair && !fixes.some((f) => f.kind === 'utf8-as-gbk')) add('utf8-as-gbk', pastRepair, 1 - Math.pow(0.4, pastRepair), false);

  // Debris of a lossy single-byte decoding is the same mistake as gbk-as-latin1, past repair.
  if (!fixes.some((f) => f.kind === 'gbk-as-latin1')) add('gbk-as-latin1', findEightBitDebris(text).length, 0.7, false);

  const spans = findUnrecoverable(text);
  add('kunjinkao', spans.filter((s) => s.kind === 'kunjinkao').length, 0.95, false);
  add('replacement-chars', spans.filter((s) => s.kind === 'replacement-chars').length, 1, false);

  add('escape-artifact', countArtifacts(text), 0.95, true);

  const verdict = detectScript(text);
  if (verdict.traditional > verdict.simplified) {
    const s2t = scanBadS2t(text);
    const count = s2t.overConverted + s2t.leftSimplified;
    if (count >= 2) add('bad-s2t', count, s2t.overConverted >= 2 ? 0.9 : 0.6, true);
  }
  // Garbled runs and misaligned pinyin repairs read as a mix of scripts: not a mixed page.
  const garbled = fixes.length > 0 || pastRepair > 0 || pinyin.signature;
  if (verdict.script === 'mixed' && !garbled && Math.min(verdict.simplified, verdict.traditional) >= MIXED_MINIMUM) {
    const minority = Math.min(verdict.simplified, verdict.traditional);
    add('mixed-script', minority, Math.min(0.9, minority / (verdict.simplified + verdict.traditional) + 0.5), true);
  }
  return findings;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
