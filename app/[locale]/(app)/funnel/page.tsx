import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SkeletonCards, SkeletonPanel } from "@/components/ui/skeleton";
import { FiltersFunnel } from "@/components/funnel/filters-funnel";
import { KpisFunnel } from "@/components/funnel/kpis-funnel";
import { SectionFlow } from "@/components/funnel/section-flow";
import { SectionFunnel } from "@/components/funnel/section-funnel";
import { SectionSnapshot } from "@/components/funnel/section-snapshot";
import { SectionTimeInStage } from "@/components/funnel/section-time-in-stage";
import { parseFunnelParamsLenient } from "@/lib/analytics/funnel/params";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Funnel" });
  return { title: t("title") };
}

/** Owners and managers: the cohort funnel, KPIs, snapshot, time in stage and flow; every filter in the URL. */
export default async function FunnelPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.viewAnalytics);
  const t = await getTranslations("Funnel");
  const { params: filters, invalid } = parseFunnelParamsLenient(await searchParams);
  const props = { user, params: filters };
  // A new key per view: changed filters show the skeletons again instead of stale numbers.
  const key = JSON.stringify(filters);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {invalid.length > 0 && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t("invalidParams", { fields: invalid.join(", ") })}
        </p>
      )}
      <Suspense fallback={<SkeletonPanel label={t("loading")} height="h-24" />}>
        <FiltersFunnel {...props} />
      </Suspense>
      <Suspense key={`kpis-${key}`} fallback={<SkeletonCards count={4} label={t("loading")} />}>
        <KpisFunnel {...props} />
      </Suspense>
      <Suspense key={`funnel-${key}`} fallback={<SkeletonPanel label={t("loading")} height="h-72" />}>
        <SectionFunnel {...props} />
      </Suspense>
      <div className="grid gap-6 lg:grid-cols-2">
        <Suspense key={`snapshot-${key}`} fallback={<SkeletonPanel label={t("loading")} height="h-72" />}>
          <SectionSnapshot {...props} />
        </Suspense>
        <Suspense key={`time-${key}`} fallback={<SkeletonPanel label={t("loading")} height="h-72" />}>
          <SectionTimeInStage {...props} />
        </Suspense>
      </div>
      <Suspense key={`flow-${key}`} fallback={<SkeletonPanel label={t("loading")} height="h-72" />}>
        <SectionFlow {...props} />
      </Suspense>
    </div>
  );
}
