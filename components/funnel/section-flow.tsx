import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChartFlowSankeyLazy } from "@/components/charts/chart-funnel-lazy";
import { LOST, type Locale } from "@/core/constants";
import { flowViewFor, stageLabelsFor } from "@/lib/analytics/funnel/service";
import type { CurrentUser } from "@/lib/auth/session";
import type { FunnelParams } from "@/lib/analytics/funnel/params";
import { flowGraph } from "./flow-graph";
import { PanelChartTable } from "./panel-chart-table";
import { Panel } from "@/components/ui/panel";

/** The journey map of the range as a Sankey, with every from → to count in a table. */
export async function SectionFlow({ user, params }: { user: CurrentUser; params: FunnelParams }) {
  const locale = (await getLocale()) as Locale;
  const [t, format, { rows, stages }, labels] = await Promise.all([
    getTranslations("Funnel.flow"),
    getFormatter(),
    flowViewFor(user, params),
    stageLabelsFor(user, locale),
  ]);
  const label = (key: string | null) => (key === null ? t("new") : key === LOST ? t("lost") : (labels.get(key) ?? key));
  const graph = flowGraph(rows, stages, label);
  return (
    <Panel aria-labelledby="funnel-flow-title" gap={4}>
      <header>
        <h2 id="funnel-flow-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-slate-600">{t("description")}</p>
      </header>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <PanelChartTable
          chart={<ChartFlowSankeyLazy title={t("title")} nodes={graph.nodes} links={graph.links} />}
          table={
            <table className="w-full text-sm">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr className="text-slate-600">
                  <th scope="col" className="py-2 pe-3 text-start font-medium">{t("from")}</th>
                  <th scope="col" className="py-2 pe-3 text-start font-medium">{t("to")}</th>
                  <th scope="col" className="py-2 text-end font-medium">{t("moves")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={`${row.from}-${row.to}`} className="border-t border-slate-100 tabular-nums">
                    <td className="py-2 pe-3">{label(row.from)}</td>
                    <td className="py-2 pe-3">{label(row.to)}</td>
                    <td className="py-2 text-end">{format.number(row.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </Panel>
  );
}
