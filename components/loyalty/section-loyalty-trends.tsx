import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { seriesColor } from "@/components/charts/chart-loyalty-colors";
import { ChartLoyaltyLinesLazy } from "@/components/charts/chart-loyalty-lazy";
import type { LineSeries } from "@/components/charts/chart-loyalty-lines";
import { getLoyaltyFor } from "@/lib/analytics/loyalty/service";
import { getAnalyticsMonthsFor } from "@/lib/analytics/retention/service";
import { monthLabel } from "@/components/retention/month-label";
import type { Locale } from "@/core/constants";
import { range } from "@/core/i18n/numbers";
import type { CurrentUser } from "@/lib/auth/session";
import { stageLabel } from "@/lib/journey/labels";
import { listJourneyStagesFor } from "@/lib/journey/service";
import { TableLoyaltyMonths } from "./table-loyalty-months";
import { TableNpsByStage } from "./table-nps-by-stage";
import { Panel } from "@/components/ui/panel";

/** The loyalty figures as four trend charts, with the same numbers as a table underneath. */
export async function SectionLoyaltyTrends({ user, from, to }: { user: CurrentUser; from?: string; to?: string }) {
  const [t, format, locale] = await Promise.all([getTranslations("Loyalty"), getFormatter(), getLocale() as Promise<Locale>]);
  const [{ months }, { currency }, stages] = await Promise.all([
    getLoyaltyFor(user, { from, to }),
    getAnalyticsMonthsFor(user, { from, to }),
    listJourneyStagesFor(user, { includeArchived: true }),
  ]);
  const rated = stages.filter((s) => months.some((m) => m.npsByStage[s.key]));
  const rows = months.map((m) => ({
    label: monthLabel(format, m.month),
    repeatRate: m.repeatRate,
    nps: m.nps,
    ...Object.fromEntries(rated.map((s) => [`nps_${s.key}`, m.npsByStage[s.key]?.nps ?? null])),
    referrals: m.referrals,
    loyaltyCount: m.loyaltyCount,
    churned: m.churned,
    revenueMinor: m.revenueMinor,
    pipelineValueMinor: m.pipelineValueMinor,
  }));
  const npsScale = range(format, -100, 100);
  const charts = [
    { title: t("trends.repeatRate"), kind: "percent" as const, series: [{ key: "repeatRate", label: t("trends.repeatRate"), color: "#4f46e5" }] },
    {
      title: t("trends.nps", { min: npsScale.from, max: npsScale.to }),
      kind: "score" as const,
      series: [
        { key: "nps", label: t("trends.npsOverall"), color: "#0f172a" },
        ...rated.map((s, i) => ({ key: `nps_${s.key}`, label: stageLabel(s, locale), color: seriesColor(i, rated.length), dashed: true })),
      ],
    },
    {
      title: t("trends.customers"),
      kind: "count" as const,
      series: [
        { key: "referrals", label: t("trends.referrals"), color: "#0d9488" },
        { key: "loyaltyCount", label: t("trends.loyaltyCount"), color: "#4f46e5" },
        { key: "churned", label: t("trends.churned"), color: "#e11d48" },
      ],
    },
    {
      title: t("trends.money"),
      kind: "money" as const,
      series: [
        { key: "revenueMinor", label: t("trends.revenue"), color: "#059669" },
        { key: "pipelineValueMinor", label: t("trends.pipeline"), color: "#d97706", dashed: true },
      ],
    },
  ];
  const partial = months.at(-1)?.partial ?? false;
  const soFarOf = (series: LineSeries): LineSeries => ({ ...series, soFarLabel: t("trends.seriesSoFar", { series: series.label }) });
  return (
    <Panel aria-labelledby="loyalty-trends" gap={4}>
      <h2 id="loyalty-trends" className="text-base font-semibold">
        {t("trends.title")}
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        {charts.map((chart) => (
          <div key={chart.title}>
            <h3 className="mb-2 text-sm font-medium text-slate-700">{chart.title}</h3>
            <ChartLoyaltyLinesLazy
              title={chart.title}
              rows={rows}
              series={partial ? chart.series.map(soFarOf) : chart.series}
              kind={chart.kind}
              currency={currency}
              soFar={partial ? t("trends.soFarMarker") : undefined}
            />
          </div>
        ))}
      </div>
      <p className="text-xs text-slate-600">{t("trends.pipelineNote")}</p>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-indigo-800">{t("table.show")}</summary>
        <TableLoyaltyMonths months={months} currency={currency} />
      </details>
      {rated.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-indigo-800">{t("table.showNpsByStage")}</summary>
          <TableNpsByStage months={months} stages={rated.map((s) => ({ key: s.key, label: stageLabel(s, locale) }))} />
        </details>
      )}
    </Panel>
  );
}
