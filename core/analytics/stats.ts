/**
 * The p-quantile with linear interpolation between closest ranks, as Postgres `percentile_cont`:
 * position p·(n−1) in the sorted values. Null for no values.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return below + (above - below) * (position - lower);
}

export interface Spread {
  count: number;
  median: number | null;
  p90: number | null;
}

export function spread(values: readonly number[]): Spread {
  return { count: values.length, median: quantile(values, 0.5), p90: quantile(values, 0.9) };
}

/** a / b, defined as 0 when b is 0 (no one to convert from means no conversion, not NaN). */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
