import { monthIndex, type Month } from "./months";
import type { RetentionMode } from "./params";
import { RETENTION_PERIODS, type RetentionResult } from "./types";

/** One pre-aggregated cell: cohort × k, customers who bought in month k and in month k or later. */
export interface RetentionCell {
  cohortMonth: Month;
  k: number;
  active: number;
  activeOrAfter: number;
}

/**
 * The cohort table from the cells: a cohort's size is its k = 0 count (everyone buys in their first
 * month); months that have not begun are null and the current month is partial; the average row
 * weights each cohort by its size, over the cohorts that have completed month k, so a month only days
 * old does not drag the curve down.
 */
export function buildRetention(cells: RetentionCell[], months: Month[], current: Month, mode: RetentionMode): RetentionResult {
  const byCohort = new Map<string, RetentionCell>();
  for (const cell of cells) byCohort.set(`${cell.cohortMonth}/${cell.k}`, cell);
  const count = (month: Month, k: number) => {
    const cell = byCohort.get(`${month}/${k}`);
    return cell ? (mode === "on" ? cell.active : cell.activeOrAfter) : 0;
  };
  const cohorts = months.map((month) => {
    const size = byCohort.get(`${month}/0`)?.active ?? 0;
    const counts = Array.from({ length: RETENTION_PERIODS }, (_, k) => {
      if (size === 0 || monthIndex(month) + k > monthIndex(current)) return null;
      return count(month, k);
    });
    const partial = counts.map((n, k) => n !== null && monthIndex(month) + k === monthIndex(current));
    return { month, size, counts, retained: counts.map((n) => (n === null ? null : n / size)), partial };
  });
  const average = Array.from({ length: RETENTION_PERIODS }, (_, k) => {
    const reached = cohorts.filter((c) => c.counts[k] !== null && !c.partial[k]);
    const size = reached.reduce((sum, c) => sum + c.size, 0);
    return size === 0 ? null : reached.reduce((sum, c) => sum + (c.counts[k] ?? 0), 0) / size;
  });
  return { mode, cohorts, average };
}
