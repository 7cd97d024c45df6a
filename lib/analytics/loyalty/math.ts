import type { TeamRow } from "./types";

/** Net promoter score: % promoters − % detractors, −100..100; null without responses. */
export function npsScore(promoters: number, detractors: number, responses: number): number | null {
  return responses === 0 ? null : ((promoters - detractors) / responses) * 100;
}

/** part / whole, null when there is no whole (a rate of nobody is unknown, not 0). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Value still in the pipeline: the mean purchase times the customers not yet converted. */
export function pipelineValue(averagePurchaseMinor: number | null, pipelineCustomers: number): number | null {
  return averagePurchaseMinor === null ? null : Math.round(averagePurchaseMinor * pipelineCustomers);
}

/**
 * The median of values given with their counts (a histogram): the middle value, or the mean of the
 * two middle ones, as Postgres `percentile_cont(0.5)`. Null when empty.
 */
export function medianOfCounts(histogram: { value: number; count: number }[]): number | null {
  const sorted = [...histogram].sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, h) => sum + h.count, 0);
  if (total === 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const h of sorted) {
      seen += h.count;
      if (seen >= position) return h.value;
    }
    return sorted.at(-1)?.value ?? 0;
  };
  return (at(Math.ceil(total / 2)) + at(Math.floor(total / 2) + 1)) / 2;
}

/** Most conversions first, then most moves, then by name. */
export function sortTeam(rows: TeamRow[]): TeamRow[] {
  return [...rows].sort(
    (a, b) =>
      b.conversions - a.conversions ||
      b.moves - a.moves ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
}
