import "server-only";
import { cache } from "react";
import { getDb } from "@/db";
import { funnelFor } from "@/db/queries/analytics-funnel";
import { loadAnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { funnelKpis } from "@/db/queries/analytics-funnel-kpis";
import { listDetractorsSince, periodFigures } from "@/db/queries/home";
import { addDays, localDate, zonedMidnight } from "@/core/analytics/dates";
import { comparisonWindow, type Range } from "@/core/analytics/periods";
import type { FunnelQuery } from "@/core/analytics/types";
import { getLoyalty } from "@/lib/analytics/loyalty/trends";
import { getTeam } from "@/lib/analytics/loyalty/team";
import { npsScore } from "@/lib/analytics/loyalty/math";
import { addMonths, monthStart, type Month } from "@/lib/analytics/retention/months";
import { analyticsOrgOf } from "@/lib/analytics/retention/service";
import type { CurrentUser } from "@/lib/auth/session";

/** Months in a home card's sparkline, the current one last. */
const SPARK_MONTHS = 6;
const DETRACTOR_DAYS = 30;

export interface Trend {
  current: number | null;
  previous: number | null;
  /** One value per month, oldest first; the last month is the current one (so far). */
  spark: (number | null)[];
}

/**
 * The owner's and manager's home: revenue, acquisition conversion and NPS of the current calendar
 * month so far, each against the same days of the month before (core/analytics/periods.ts), with
 * six months of history; the team's top line of the month and the detractors to call.
 */
export const homeTrendsFor = cache(async (user: CurrentUser) => {
  const orgId = analyticsOrgOf(user);
  const db = await getDb();
  const ctx = await loadAnalyticsContext(db, { orgId });
  const today = localDate(Date.now(), ctx.timeZone);
  const month = today.slice(0, 7) as Month;
  const range: Range = { from: monthStart(month), to: monthStart(addMonths(month, 1)) };
  const window = comparisonWindow(range, today);
  const instants = (r: Range) => ({ orgId, from: new Date(zonedMidnight(r.from, ctx.timeZone)), to: new Date(zonedMidnight(r.to, ctx.timeZone)) });
  const funnel = (r: Range): FunnelQuery => ({ ...r, journey: "acquisition", cohort: "created", order: "any" });
  const months = Array.from({ length: SPARK_MONTHS }, (_, i) => addMonths(month, i - SPARK_MONTHS + 1));
  const scope = { orgId };
  const loyaltyRange = { from: months[0], to: addMonths(month, 1) };
  const [current, previous, kpis, loyalty, monthlyFunnels, team, detractors] = await Promise.all([
    periodFigures(db, instants(window.current)),
    periodFigures(db, instants(window.previous)),
    funnelKpis(db, ctx, funnel(range), today),
    getLoyalty(db, scope, loyaltyRange),
    Promise.all(months.map((m) => funnelFor(db, ctx, funnel({ from: monthStart(m), to: monthStart(addMonths(m, 1)) })))),
    getTeam(db, scope, { from: month, to: addMonths(month, 1) }),
    listDetractorsSince(db, { orgId, since: new Date(zonedMidnight(addDays(today, -DETRACTOR_DAYS + 1), ctx.timeZone)) }),
  ]);
  const byMonth = new Map(loyalty.months.map((m) => [m.month, m]));
  const nps = (f: { promoters: number; detractors: number; responses: number }) => npsScore(f.promoters, f.detractors, f.responses);
  return {
    window,
    month,
    revenue: { current: current.revenueMinor, previous: previous.revenueMinor, spark: months.map((m) => byMonth.get(m)?.revenueMinor ?? 0) } satisfies Trend,
    nps: { current: nps(current), previous: nps(previous), spark: months.map((m) => byMonth.get(m)?.nps ?? null) } satisfies Trend,
    conversion: {
      current: kpis.current.conversionRate,
      previous: kpis.previous.conversionRate,
      spark: monthlyFunnels.map((f) => f.stages.at(-1)?.overallConversion ?? 0),
    } satisfies Trend,
    range,
    topSeller: team[0] ?? null,
    detractors,
    detractorDays: DETRACTOR_DAYS,
  };
});
