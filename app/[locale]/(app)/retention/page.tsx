import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { FormRetentionRange } from "@/components/retention/form-retention-range";
import { parseSearch } from "@/components/retention/load-analytics";
import { getAnalyticsMonthsFor } from "@/lib/analytics/retention/service";
import { SectionRetentionCurves } from "@/components/retention/section-retention-curves";
import { SkeletonPanel } from "@/components/ui/skeleton";
import { TableCohortHeatmap } from "@/components/retention/table-cohort-heatmap";
import { retentionQuerySchema } from "@/lib/analytics/retention/params";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { Panel } from "@/components/ui/panel";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Retention" });
  return { title: t("title") };
}

export default async function RetentionPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.viewAnalytics);
  const [t, raw] = await Promise.all([getTranslations("Retention"), searchParams]);
  const { query, invalid } = parseSearch(raw, retentionQuerySchema);
  const { from, to, mode } = query;
  const { range, current } = await getAnalyticsMonthsFor(user, { from, to });
  const key = `${from}/${to}/${mode}`;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      <FormRetentionRange range={range} current={current} mode={mode} invalid={invalid} />
      <Panel>
        <Suspense key={key} fallback={<SkeletonPanel label={t("loading")} />}>
          <TableCohortHeatmap user={user} from={from} to={to} mode={mode} />
        </Suspense>
      </Panel>
      <Suspense key={`curves/${key}`} fallback={<SkeletonPanel label={t("loading")} />}>
        <SectionRetentionCurves user={user} from={from} to={to} mode={mode} />
      </Suspense>
    </div>
  );
}
