import "server-only";
import type { Db } from "@/db/client";
import { periodFigures } from "@/db/queries/home";
import { loyaltyWindowCounts } from "@/db/queries/loyalty-window";
import { localDate, zonedMidnight } from "@/core/analytics/dates";
import { comparisonWindow, type Range } from "@/core/analytics/periods";
import { addMonths, monthStart, type Month } from "@/lib/analytics/retention/months";
import { analyticsMonths, type AnalyticsScope } from "@/lib/analytics/retention/cohorts";
import type { Trend } from "@/lib/home/trends";
import { npsScore, share } from "./math";
import { getLoyalty } from "./trends";
import type { LoyaltyMonth } from "./types";

/** Months in a card's sparkline, the card's month last (as on the home page). */
const SPARK_MONTHS = 6;

export type LoyaltyKpi = "repeatRate" | "nps" | "loyaltyCount" | "churned" | "revenue";

export interface LoyaltyKpiTrends {
  /** The card's month has not ended: its figures are so far. */
  partial: boolean;
  /** The days the flow figures are compared with: the month before, or as many of its days as have passed. */
  previous: Range;
  /** Customers in loyalty are a count at a month's end: compared with the end of this month. */
  previousMonth: Month;
  trends: Record<LoyaltyKpi, Trend>;
}

const pick = (month: LoyaltyMonth | undefined): Record<LoyaltyKpi, number | null> => ({
  repeatRate: month?.repeatRate ?? null,
  nps: month?.nps ?? null,
  loyaltyCount: month?.loyaltyCount ?? null,
  churned: month?.churned ?? null,
  revenue: month?.revenueMinor ?? null,
});

/**
 * The loyalty page's cards for `month`: each figure against the month before, with six months of
 * history. A month still running counts its days so far against the same days of the month before
 * (core/analytics/periods.ts, as the home cards do), read from the purchases, feedback and moves of
 * those days; customers in loyalty (a count at the month's end) are compared with the previous month's end.
 */
export async function getLoyaltyKpiTrends(db: Db, scope: AnalyticsScope, month: Month): Promise<LoyaltyKpiTrends> {
  const { timeZone } = await analyticsMonths(db, scope, {});
  const { months } = await getLoyalty(db, scope, { from: addMonths(month, 1 - SPARK_MONTHS), to: addMonths(month, 1) });
  const [last, before] = [months.at(-1), months.at(-2)];
  const partial = last?.partial ?? false;
  const whole = { from: monthStart(month), to: monthStart(addMonths(month, 1)) };
  const window = comparisonWindow(whole, localDate((scope.now ?? new Date()).getTime(), timeZone));
  const previous = partial ? await figuresOfDays(db, scope.orgId, window.previous, timeZone) : pick(before);
  const current = pick(last);
  const trend = (kpi: LoyaltyKpi): Trend => ({
    current: current[kpi],
    previous: kpi === "loyaltyCount" ? (before?.loyaltyCount ?? null) : previous[kpi],
    spark: months.map((m) => pick(m)[kpi]),
  });
  const kpis: LoyaltyKpi[] = ["repeatRate", "nps", "loyaltyCount", "churned", "revenue"];
  return {
    partial,
    previous: partial ? window.previous : { from: monthStart(addMonths(month, -1)), to: whole.from },
    previousMonth: addMonths(month, -1),
    trends: Object.fromEntries(kpis.map((kpi) => [kpi, trend(kpi)])) as Record<LoyaltyKpi, Trend>,
  };
}

async function figuresOfDays(db: Db, orgId: string, days: Range, timeZone: string): Promise<Record<LoyaltyKpi, number | null>> {
  const [from, to] = [days.from, days.to].map((d) => new Date(zonedMidnight(d, timeZone))) as [Date, Date];
  const [money, counts] = await Promise.all([periodFigures(db, { orgId, from, to }), loyaltyWindowCounts(db, { orgId, from, to })]);
  return {
    repeatRate: share(counts.repeatBuyers, counts.buyers),
    nps: npsScore(money.promoters, money.detractors, money.responses),
    loyaltyCount: null,
    churned: counts.churned,
    revenue: money.revenueMinor,
  };
}
