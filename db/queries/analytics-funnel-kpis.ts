import "server-only";
import { previousPeriod } from "@/core/analytics/dates";
import { kpisOf, type FunnelKpiComparison } from "@/core/analytics/kpis";
import type { FunnelQuery } from "@/core/analytics/types";
import type { Db } from "../client";
import { funnelFor } from "./analytics-funnel";
import type { AnalyticsContext } from "./analytics-funnel-context";
import { timeToConvert } from "./analytics-funnel-times";

/** KPI cards: the funnel's headline figures for the range and for the period of the same length before it. */
export async function funnelKpis(db: Db, ctx: AnalyticsContext, q: FunnelQuery): Promise<FunnelKpiComparison> {
  const query = { ...q, breakdown: undefined };
  const previousRange = previousPeriod(q);
  const previousQuery = { ...query, ...previousRange };
  const [current, previous, currentTime, previousTime] = await Promise.all([
    funnelFor(db, ctx, query),
    funnelFor(db, ctx, previousQuery),
    timeToConvert(db, ctx, query),
    timeToConvert(db, ctx, previousQuery),
  ]);
  return { current: kpisOf(current, currentTime), previous: kpisOf(previous, previousTime), previousRange };
}
