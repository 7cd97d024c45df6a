import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartStageBarsLazy } from "@/components/charts/chart-funnel-lazy";
import { LOST, type Locale } from "@/core/constants";
import { snapshotViewFor, stageLabelsFor } from "@/lib/analytics/funnel/service";
import type { CurrentUser } from "@/lib/auth/session";
import type { FunnelParams } from "@/lib/analytics/funnel/params";
import { PanelChartTable } from "./panel-chart-table";
import { Panel } from "@/components/ui/panel";

/** Customers in each stage at the end of a day, rebuilt from the history (time travel). */
export async function SectionSnapshot({ user, params }: { user: CurrentUser; params: FunnelParams }) {
  const locale = (await getLocale()) as Locale;
  const [t, format, { asOf, rows, stages }, labels] = await Promise.all([
    getTranslations("Funnel.snapshot"),
    getFormatter(),
    snapshotViewFor(user, params),
    stageLabelsFor(user, locale),
  ]);
  const counts = new Map(rows.map((r) => [r.key, r.customers]));
  // Every current stage in order, archived ones only when someone is still in them, then lost.
  const keys = [...stages.filter((s) => !s.archived || counts.has(s.key)).map((s) => s.key), LOST];
  const data = keys.map((key) => ({ key, label: key === LOST ? t("lost") : (labels.get(key) ?? key), customers: counts.get(key) ?? 0 }));
  const title = t("title", { date: format.dateTime(new Date(`${asOf}T00:00:00Z`), "date", { timeZone: "UTC" }) });
  return (
    <Panel aria-labelledby="funnel-snapshot-title" gap={4}>
      <h2 id="funnel-snapshot-title" className="text-lg font-semibold">{title}</h2>
      <PanelChartTable
        chart={<ChartStageBarsLazy title={title} rows={data} kind="count" series={[{ key: "customers", label: t("customers"), color: "#0d9488" }]} />}
        table={
          <table className="w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="text-slate-600">
                <th scope="col" className="py-2 pe-3 text-start font-medium">{t("stage")}</th>
                <th scope="col" className="py-2 text-end font-medium">{t("customers")}</th>
              </tr>
            </thead>
            <tbody>
              {data.map((row) => (
                <tr key={row.key} className="border-t border-slate-100 tabular-nums">
                  <th scope="row" className="py-2 pe-3 text-start font-medium">{row.label}</th>
                  <td className="py-2 text-end">{format.number(row.customers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </Panel>
  );
}
