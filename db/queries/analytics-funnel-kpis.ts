import "server-only";
import { previousPeriod } from "@/core/analytics/dates";
import { kpisOf, type FunnelKpiComparison } from "@/core/analytics/kpis";
import { comparisonWindow } from "@/core/analytics/periods";
import type { FunnelQuery, LocalDate } from "@/core/analytics/types";
import type { Db } from "../client";
import { funnelFor } from "./analytics-funnel";
import type { AnalyticsContext } from "./analytics-funnel-context";
import { timeToConvert } from "./analytics-funnel-times";

/**
 * KPI cards: the funnel's headline figures for the range and for the period it is compared with.
 * Given `today`, a range that holds it counts its days so far against as many days of the period
 * before (core/analytics/periods.ts); without, the whole range against the period of the same length.
 */
export async function funnelKpis(db: Db, ctx: AnalyticsContext, q: FunnelQuery, today?: LocalDate): Promise<FunnelKpiComparison> {
  const window = today ? comparisonWindow(q, today) : { current: { from: q.from, to: q.to }, previous: previousPeriod(q), partial: false };
  const query = { ...q, ...window.current, breakdown: undefined };
  const previousQuery = { ...query, ...window.previous };
  const [current, previous, currentTime, previousTime] = await Promise.all([
    funnelFor(db, ctx, query),
    funnelFor(db, ctx, previousQuery),
    timeToConvert(db, ctx, query),
    timeToConvert(db, ctx, previousQuery),
  ]);
  return {
    current: kpisOf(current, currentTime),
    previous: kpisOf(previous, previousTime),
    currentRange: window.current,
    previousRange: window.previous,
    partial: window.partial,
  };
}
