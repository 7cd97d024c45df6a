import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartStageBarsLazy } from "@/components/charts/chart-funnel-lazy";
import type { Locale } from "@/core/constants";
import { stageLabelsFor, timeInStageViewFor } from "@/lib/analytics/funnel/service";
import type { CurrentUser } from "@/lib/auth/session";
import type { FunnelParams } from "@/lib/analytics/funnel/params";
import { PanelChartTable } from "./panel-chart-table";
import { Panel } from "@/components/ui/panel";

const series = [
  { key: "latestMedian", color: "#4f46e5" },
  { key: "latestP90", color: "#a5b4fc" },
  { key: "cumulativeMedian", color: "#0d9488" },
  { key: "cumulativeP90", color: "#99f6e4" },
] as const;

/** Median and p90 days in each stage, for the last visit and for all visits, over stays that ended in the range. */
export async function SectionTimeInStage({ user, params }: { user: CurrentUser; params: FunnelParams }) {
  const locale = (await getLocale()) as Locale;
  const [t, format, times, labels] = await Promise.all([
    getTranslations("Funnel.time"),
    getFormatter(),
    timeInStageViewFor(user, params),
    stageLabelsFor(user, locale),
  ]);
  const rows = times.map((s) => ({
    key: s.key,
    label: labels.get(s.key) ?? s.key,
    customers: s.customers,
    latestMedian: s.latest.median,
    latestP90: s.latest.p90,
    cumulativeMedian: s.cumulative.median,
    cumulativeP90: s.cumulative.p90,
  }));
  const days = (v: number | null) => (v === null ? "—" : format.number(v, { maximumFractionDigits: 1 }));
  return (
    <Panel aria-labelledby="funnel-time-title" gap={4}>
      <header>
        <h2 id="funnel-time-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-slate-600">{t("description")}</p>
      </header>
      <PanelChartTable
        chart={<ChartStageBarsLazy title={t("title")} rows={rows} kind="days" series={series.map((s) => ({ ...s, label: t(s.key) }))} />}
        table={
          <table className="w-full text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-2 pe-3 text-start font-medium">{t("stage")}</th>
                <th scope="col" className="py-2 pe-3 text-end font-medium">{t("customers")}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="py-2 pe-3 text-end font-medium">{t(s.key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="border-t border-slate-100 tabular-nums">
                  <th scope="row" className="py-2 pe-3 text-start font-medium">{row.label}</th>
                  <td className="py-2 pe-3 text-end">{format.number(row.customers)}</td>
                  {series.map((s) => (
                    <td key={s.key} className="py-2 pe-3 text-end">{days(row[s.key])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </Panel>
  );
}
