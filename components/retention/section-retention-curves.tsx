import { getFormatter, getTranslations } from "next-intl/server";
import { ChartCohortCurvesLazy } from "@/components/charts/chart-cohort-lazy";
import type { CurrentUser } from "@/lib/auth/session";
import type { RetentionMode } from "@/lib/analytics/retention/params";
import { getRetentionFor } from "@/lib/analytics/retention/service";
import { monthLabel } from "./month-label";
import { Panel } from "@/components/ui/panel";

const partialAt = (partial: boolean[]) => {
  const k = partial.indexOf(true);
  return k === -1 ? null : k;
};

/** Retention curves of the non-empty cohorts; the heat-map above is their table alternative. */
export async function SectionRetentionCurves({ user, from, to, mode }: { user: CurrentUser; from?: string; to?: string; mode: RetentionMode }) {
  const [t, format, result] = await Promise.all([
    getTranslations("Retention"),
    getFormatter(),
    getRetentionFor(user, { from, to, mode }),
  ]);
  const curves = result.cohorts
    .filter((c) => c.size > 0)
    .map((c) => ({ month: c.month, label: monthLabel(format, c.month), retained: c.retained, partialAt: partialAt(c.partial) }));
  return (
    <Panel aria-labelledby="retention-curves">
      <h2 id="retention-curves" className="text-base font-semibold">
        {t("curves.title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{t("curves.description")}</p>
      {curves.length === 0 ? <p className="text-sm text-slate-600">{t("heatmap.empty")}</p> : <ChartCohortCurvesLazy curves={curves} average={result.average} />}
    </Panel>
  );
}
