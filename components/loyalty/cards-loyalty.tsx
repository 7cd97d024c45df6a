import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartSparkline } from "@/components/charts/chart-sparkline";
import { CardKpi } from "@/components/home/card-kpi";
import { trendHint } from "@/components/home/trend-hint";
import { monthLabel } from "@/components/retention/month-label";
import { addDays } from "@/core/analytics/dates";
import type { Locale } from "@/core/constants";
import { signed } from "@/core/i18n/numbers";
import { getLoyaltyFor, getLoyaltyKpiTrendsFor } from "@/lib/analytics/loyalty/service";
import type { LoyaltyKpi } from "@/lib/analytics/loyalty/kpi-trends";
import { getAnalyticsMonthsFor } from "@/lib/analytics/retention/service";
import type { CurrentUser } from "@/lib/auth/session";
import { direction } from "@/lib/i18n/locale";

/** The last month of the range at a glance, each figure against the month before (so far: its same days) with six months of history. */
export async function CardsLoyalty({ user, from, to }: { user: CurrentUser; from?: string; to?: string }) {
  const [t, format, locale, { months }, { currency }] = await Promise.all([
    getTranslations("Loyalty"),
    getFormatter(),
    getLocale(),
    getLoyaltyFor(user, { from, to }),
    getAnalyticsMonthsFor(user, { from, to }),
  ]);
  const last = months.at(-1);
  if (!last) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const { partial, previous, previousMonth, trends } = await getLoyaltyKpiTrendsFor(user, last.month);
  const none = t("kpis.none");
  const month = monthLabel(format, last.month, "long");
  const percent = (v: number | null) => (v === null ? none : format.number(v, { style: "percent", maximumFractionDigits: 0 }));
  const score = (v: number | null) => (v === null ? none : signed(format, v, { maximumFractionDigits: 0 }));
  const count = (v: number | null) => (v === null ? none : format.number(v));
  const money = (minor: number | null) => (minor === null ? none : format.number(minor / 100, { style: "currency", currency, maximumFractionDigits: 0 }));
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), "calendar", { day: "numeric", month: "short", timeZone: "UTC" });
  const days = t("kpis.span", { from: day(previous.from), to: day(addDays(previous.to, -1)) });
  const monthEnd = t("kpis.monthEnd", { month: monthLabel(format, previousMonth, "long") });
  const rtl = direction(locale as Locale) === "rtl";
  const card = (kpi: LoyaltyKpi, show: (v: number | null) => string) => {
    const trend = trends[kpi];
    const comparison = trendHint((key, values) => t(`kpis.${key}`, values), format, trend, show, {
      relative: kpi !== "nps",
      previous: kpi === "loyaltyCount" ? monthEnd : days,
    });
    return (
      <CardKpi
        label={t(`kpis.${kpi}`)}
        value={show(trend.current)}
        hint={t("kpis.hint", { month, comparison })}
        soFar={partial ? t("kpis.soFar") : undefined}
        chart={<ChartSparkline values={trend.spark} partialLast={partial} rtl={rtl} />}
      />
    );
  };
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5" data-testid="loyalty-kpis">
      {card("repeatRate", percent)}
      {card("nps", score)}
      {card("loyaltyCount", count)}
      {card("churned", count)}
      {card("revenue", money)}
    </dl>
  );
}
