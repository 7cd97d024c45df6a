import { getLocale, getTranslations } from "next-intl/server";
import { ChartFunnelLazy } from "@/components/charts/chart-funnel-lazy";
import type { Channel, Locale } from "@/core/constants";
import { funnelViewFor, listStaffNamesFor, stageLabelsFor } from "@/lib/analytics/funnel/service";
import type { CurrentUser } from "@/lib/auth/session";
import type { FunnelParams } from "@/lib/analytics/funnel/params";
import { PanelChartTable } from "./panel-chart-table";
import { TableFunnel } from "./table-funnel";
import { TableFunnelBreakdown } from "./table-funnel-breakdown";
import { Panel } from "@/components/ui/panel";

/** The cohort funnel: chart, table alternative and, when asked, the breakdown by channel or owner. */
export async function SectionFunnel({ user, params }: { user: CurrentUser; params: FunnelParams }) {
  const locale = (await getLocale()) as Locale;
  const [t, tf, tc, { result }, labels, staff] = await Promise.all([
    getTranslations("Funnel.funnel"),
    getTranslations("Funnel.filters"),
    getTranslations("Channels"),
    funnelViewFor(user, params),
    stageLabelsFor(user, locale),
    listStaffNamesFor(user),
  ]);
  const rows = result.stages.map((s) => ({ ...s, label: labels.get(s.key) ?? s.key }));
  const owners = new Map(staff.map((s) => [s.id, s.name]));
  const valueLabel = (value: string | null) =>
    value === null ? t("noOwner") : params.breakdown === "channel" ? tc(value as Channel) : (owners.get(value) ?? value);
  return (
    <Panel aria-labelledby="funnel-chart-title" gap={4}>
      <header>
        <h2 id="funnel-chart-title" className="text-lg font-semibold">{t("title")}</h2>
        <p className="text-sm text-slate-600">{t("description", { count: result.cohortSize })}</p>
      </header>
      {result.cohortSize === 0 ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <PanelChartTable
          chart={<ChartFunnelLazy title={t("title")} rows={rows} text={{ reached: t("reached"), step: t("step"), overall: t("overall"), dropOff: t("dropOff") }} />}
          table={<TableFunnel caption={t("title")} rows={rows} />}
        />
      )}
      {params.breakdown && result.breakdown && result.breakdown.length > 0 && (
        <TableFunnelBreakdown
          title={t("breakdownTitle", { breakdown: tf(`breakdowns.${params.breakdown}`) })}
          valueHeader={tf(`breakdowns.${params.breakdown}`)}
          stages={rows}
          entries={result.breakdown.map((entry) => ({ ...entry, label: valueLabel(entry.value) }))}
        />
      )}
    </Panel>
  );
}
