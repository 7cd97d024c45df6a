import "server-only";
import { cache } from "react";
import { readDb } from "@/db";
import { funnelFor } from "@/db/queries/analytics-funnel";
import { loadAnalyticsContext } from "@/db/queries/analytics-funnel-context";
import { listDetractorsSince, periodFigures } from "@/db/queries/home";
import { addDays, localDate, zonedMidnight } from "@/core/analytics/dates";
import { comparisonWindow, type Range } from "@/core/analytics/periods";
import type { Locale } from "@/core/constants";
import { monthStart } from "@/lib/analytics/funnel/range-presets";
import { getTeam } from "@/lib/analytics/loyalty/team";
import { npsScore } from "@/lib/analytics/loyalty/math";
import { addMonths, type Month } from "@/lib/analytics/retention/months";
import { analyticsOrgOf } from "@/lib/analytics/retention/service";
import type { CurrentUser } from "@/lib/auth/session";

/** Months in a home card's sparkline, the current one last. */
const SPARK_MONTHS = 6;
const DETRACTOR_DAYS = 30;

export interface Trend {
  current: number | null;
  previous: number | null;
  /** One value per month, oldest first; the last is the current month so far. */
  spark: (number | null)[];
}

/**
 * The owner's and manager's home: revenue, acquisition conversion and NPS of the current month (in
 * the page's calendar: a Solar Hijri month in `fa`) so far, each against the same days of the month
 * before (core/analytics/periods.ts), with six months of history; the team's top line of the
 * (Gregorian, as the team table counts) month and the detractors to call.
 *
 * Conversion is of the customers who entered the acquisition journey in the window, counting only
 * what happened by the window's last day: a month so far is not compared with a month whose
 * newcomers had weeks more to convert.
 */
export const homeTrendsFor = cache(async (user: CurrentUser, locale: Locale) => {
  const orgId = analyticsOrgOf(user);
  const db = await readDb();
  const ctx = await loadAnalyticsContext(db, { orgId });
  const today = localDate(Date.now(), ctx.timeZone);
  const start = (offset: number) => monthStart(today, offset, locale);
  const range = { from: start(0), to: start(1) };
  const window = comparisonWindow(range, today);
  const history: Range[] = Array.from({ length: SPARK_MONTHS - 1 }, (_, i) => ({ from: start(i - SPARK_MONTHS + 1), to: start(i - SPARK_MONTHS + 2) }));
  const figures = (r: Range) => periodFigures(db, { orgId, from: new Date(zonedMidnight(r.from, ctx.timeZone)), to: new Date(zonedMidnight(r.to, ctx.timeZone)) });
  const conversion = async (r: Range) => {
    const funnel = await funnelFor(db, ctx, { ...r, journey: "acquisition", cohort: "created", order: "any", asOf: addDays(r.to, -1) });
    return funnel.stages.at(-1)?.overallConversion ?? 0;
  };
  const nps = (f: { promoters: number; detractors: number; responses: number }) => npsScore(f.promoters, f.detractors, f.responses);
  const gregorianMonth = today.slice(0, 7) as Month;
  const windows = [...history, window.current];
  const [current, previous, conversions, previousConversion, monthly, team, detractors] = await Promise.all([
    figures(window.current),
    figures(window.previous),
    Promise.all(windows.map(conversion)),
    conversion(window.previous),
    Promise.all(history.map(figures)),
    getTeam(db, { orgId }, { from: gregorianMonth, to: addMonths(gregorianMonth, 1) }),
    listDetractorsSince(db, { orgId, since: new Date(zonedMidnight(addDays(today, -DETRACTOR_DAYS + 1), ctx.timeZone)) }),
  ]);
  const months = [...monthly, current];
  return {
    range,
    window,
    gregorianMonth,
    revenue: { current: current.revenueMinor, previous: previous.revenueMinor, spark: months.map((m) => m.revenueMinor) } satisfies Trend,
    conversion: { current: conversions.at(-1) ?? 0, previous: previousConversion, spark: conversions } satisfies Trend,
    nps: { current: nps(current), previous: nps(previous), spark: months.map(nps) } satisfies Trend,
    topSeller: team[0] ?? null,
    detractors,
    detractorDays: DETRACTOR_DAYS,
  };
});
