// Reports of successive batches (first scan, then dynamic content) merged into one
// page-level report, kept small enough to cross messaging.
import type { RepairReport } from '@/lib/engine/types';

const MAX_UNRECOVERABLE = 50;

export function emptyReport(): RepairReport {
  return { garbles: [], repaired: [], unrecoverable: [] };
}

export function mergeReports(into: RepairReport, next: RepairReport): RepairReport {
  for (const finding of next.garbles) {
    const same = into.garbles.find((g) => g.kind === finding.kind);
    if (!same) into.garbles.push({ ...finding });
    else {
      same.count += finding.count;
      same.confidence = Math.max(same.confidence, finding.confidence);
      same.recoverable = same.recoverable && finding.recoverable;
    }
  }
  for (const fix of next.repaired) {
    const same = into.repaired.find((r) => r.kind === fix.kind);
    if (same) same.count += fix.count;
    else into.repaired.push({ ...fix });
  }
  const room = MAX_UNRECOVERABLE - into.unrecoverable.length;
  if (room > 0) into.unrecoverable.push(...next.unrecoverable.slice(0, room).map(({ item, ...span }) => span));
  return into;
}
