import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartSparkline } from "@/components/charts/chart-sparkline";
import { addDays } from "@/core/analytics/dates";
import type { Locale } from "@/core/constants";
import { signed } from "@/core/i18n/numbers";
import type { CurrentUser } from "@/lib/auth/session";
import { getAnalyticsMonthsFor } from "@/lib/analytics/retention/service";
import { homeTrendsFor, type Trend } from "@/lib/home/trends";
import { direction } from "@/lib/i18n/locale";
import { CardKpi } from "./card-kpi";
import { trendHint } from "./trend-hint";

/** Owner and manager: this month's revenue, conversion and NPS so far, each against the same days of last month. */
export async function KpisTrends({ user }: { user: CurrentUser }) {
  const locale = (await getLocale()) as Locale;
  const [t, format, trends, { currency }] = await Promise.all([
    getTranslations("Home.trends"),
    getFormatter(),
    homeTrendsFor(user, locale),
    getAnalyticsMonthsFor(user, {}),
  ]);
  const { window } = trends;
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), "calendar", { day: "numeric", month: "short", timeZone: "UTC" });
  const span = (r: { from: string; to: string }) => t("span", { from: day(r.from), to: day(addDays(r.to, -1)) });
  const money = (v: number | null) => (v === null ? t("none") : format.number(v / 100, { style: "currency", currency, maximumFractionDigits: 0 }));
  const percent = (v: number | null) => (v === null ? t("none") : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const score = (v: number | null) => (v === null ? t("none") : signed(format, Math.round(v)));
  const hint = (trend: Trend, show: (v: number | null) => string, relative: boolean) => trendHint(t, format, trend, show, { relative, previous: span(window.previous) });
  const rtl = direction(locale) === "rtl";
  const spark = (trend: Trend) => <ChartSparkline values={trend.spark} partialLast={window.partial} rtl={rtl} />;
  const soFar = window.partial ? t("soFar") : undefined;
  const funnelHref = `/funnel?from=${trends.range.from}&to=${trends.range.to}`;
  return (
    <section aria-labelledby="trends-title" className="space-y-2">
      <h2 id="trends-title" className="text-sm font-medium text-slate-700">
        {t("title", { span: span(window.current) })}
      </h2>
      <dl className="grid gap-4 md:grid-cols-3" data-testid="home-trends">
        <CardKpi label={t("revenue")} value={money(trends.revenue.current)} hint={hint(trends.revenue, money, true)} soFar={soFar} href="/loyalty" chart={spark(trends.revenue)} />
        <CardKpi label={t("conversion")} value={percent(trends.conversion.current)} hint={hint(trends.conversion, percent, true)} soFar={soFar} href={funnelHref} chart={spark(trends.conversion)} />
        <CardKpi label={t("nps")} value={score(trends.nps.current)} hint={hint(trends.nps, score, false)} soFar={soFar} href="/loyalty" chart={spark(trends.nps)} />
      </dl>
    </section>
  );
}
