import { monthIndex, monthOf, reportedMonths, type MonthRange } from "@/lib/analytics/retention/months";
import type { RetentionMode } from "@/lib/analytics/retention/params";
import { RETENTION_PERIODS, type ReferenceData, type RetentionResult } from "@/lib/analytics/retention/types";

/** Per customer with purchases: the month indexes (org time zone) they bought in. */
export function purchaseMonthsByCustomer(data: ReferenceData): Map<string, Set<number>> {
  const months = new Map<string, Set<number>>();
  for (const p of data.purchases) {
    const set = months.get(p.customerId) ?? new Set<number>();
    set.add(monthIndex(monthOf(p.at, data.timeZone)));
    months.set(p.customerId, set);
  }
  return months;
}

/**
 * SPEC §3 retention cohorts computed from the raw purchases, customer by customer: the slow,
 * obvious version the SQL over the aggregates is tested against.
 */
export function retentionReference(data: ReferenceData, range: MonthRange, mode: RetentionMode): RetentionResult {
  const current = monthOf(data.now, data.timeZone);
  const cohorts = new Map<number, Set<number>[]>();
  for (const months of purchaseMonthsByCustomer(data).values()) {
    const first = Math.min(...months);
    cohorts.set(first, [...(cohorts.get(first) ?? []), months]);
  }
  const retainedSums = new Array<number>(RETENTION_PERIODS).fill(0);
  const sizeSums = new Array<number>(RETENTION_PERIODS).fill(0);
  const rows = reportedMonths(range, current).map((month) => {
    const c = monthIndex(month);
    const members = cohorts.get(c) ?? [];
    const counts = Array.from({ length: RETENTION_PERIODS }, (_, k) => {
      if (members.length === 0 || c + k > monthIndex(current)) return null;
      const n = members.filter((months) => (mode === "on" ? months.has(c + k) : Math.max(...months) >= c + k)).length;
      // The current month has not ended: shown, but not averaged.
      if (c + k < monthIndex(current)) {
        retainedSums[k] = (retainedSums[k] ?? 0) + n;
        sizeSums[k] = (sizeSums[k] ?? 0) + members.length;
      }
      return n;
    });
    const partial = counts.map((n, k) => n !== null && c + k === monthIndex(current));
    return { month, size: members.length, counts, retained: counts.map((n) => (n === null ? null : n / members.length)), partial };
  });
  return { mode, cohorts: rows, average: retainedSums.map((sum, k) => (sizeSums[k] === 0 ? null : sum / (sizeSums[k] as number))) };
}
