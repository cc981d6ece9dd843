// Reading a repair report, for whoever shows it (the badge, the popup).
import type { RepairReport } from './types.ts';

/** How many things were repaired, all kinds together (the badge number). */
export function repairedCount(report: RepairReport | undefined): number {
  return report?.repaired.reduce((sum, r) => sum + r.count, 0) ?? 0;
}
