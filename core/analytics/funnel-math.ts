import type { Journey } from "@/core/constants";
import { ratio } from "./stats";
import type { Breakdown, FunnelBreakdownEntry, FunnelOrder, FunnelResult, FunnelSeries, StageDef } from "./types";

/** The stages a journey's funnel shows: its non-archived stages in position order. */
export function funnelStages(stages: readonly StageDef[], journey: Journey): StageDef[] {
  return stages
    .filter((s) => s.journey === journey && !s.archived)
    .sort((a, b) => a.position - b.position || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Step and overall conversion from the reached counts, in stage order. */
export function withConversions(keys: readonly string[], reached: readonly number[], cohortSize: number): FunnelSeries {
  const first = reached[0] ?? 0;
  return {
    cohortSize,
    stages: keys.map((key, i) => {
      const n = reached[i] ?? 0;
      const previous = i === 0 ? n : (reached[i - 1] ?? 0);
      return { key, reached: n, stepConversion: ratio(n, previous), overallConversion: ratio(n, first) };
    }),
  };
}

/**
 * Customers grouped by how far they got. With `order=any` the level is the highest stage position
 * they entered (null: none counted); with `order=strict` it is how many funnel stages their
 * sequential path matched.
 */
export interface LevelRow {
  value?: string | null;
  level: number | null;
  customers: number;
}

function series(stages: readonly StageDef[], order: FunnelOrder, rows: readonly LevelRow[]): FunnelSeries {
  const reached = stages.map((stage, i) => {
    const threshold = order === "any" ? stage.position : i + 1;
    return rows.reduce((sum, row) => sum + (row.level !== null && row.level >= threshold ? row.customers : 0), 0);
  });
  const cohortSize = rows.reduce((sum, row) => sum + row.customers, 0);
  return withConversions(
    stages.map((s) => s.key),
    reached,
    cohortSize,
  );
}

/** Orders breakdown entries by cohort size, largest first, then by value (no owner last). */
export function compareBreakdown(a: FunnelBreakdownEntry, b: FunnelBreakdownEntry): number {
  if (a.cohortSize !== b.cohortSize) return b.cohortSize - a.cohortSize;
  if (a.value === b.value) return 0;
  if (a.value === null) return 1;
  if (b.value === null) return -1;
  return a.value < b.value ? -1 : 1;
}

/** The SPEC §5 funnel from level rows (one list per breakdown value when a breakdown is asked). */
export function funnelFromLevels(
  stages: readonly StageDef[],
  order: FunnelOrder,
  rows: readonly LevelRow[],
  breakdown?: Breakdown,
): FunnelResult {
  const result: FunnelResult = series(stages, order, rows);
  if (!breakdown) return result;
  const groups = new Map<string | null, LevelRow[]>();
  for (const row of rows) {
    const value = row.value ?? null;
    groups.set(value, [...(groups.get(value) ?? []), row]);
  }
  result.breakdown = [...groups].map(([value, group]) => ({ value, ...series(stages, order, group) })).sort(compareBreakdown);
  return result;
}
