import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SkeletonCards, SkeletonPanel } from "@/components/ui/skeleton";
import { CardsLoyalty } from "@/components/loyalty/cards-loyalty";
import { SectionLifecycle } from "@/components/loyalty/section-lifecycle";
import { SectionLoyaltyTrends } from "@/components/loyalty/section-loyalty-trends";
import { TableTeam } from "@/components/loyalty/table-team";
import { FormRetentionRange } from "@/components/retention/form-retention-range";
import { parseSearch } from "@/components/retention/load-analytics";
import { getAnalyticsMonthsFor } from "@/lib/analytics/retention/service";
import { loyaltyQuerySchema } from "@/lib/analytics/retention/params";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { Panel } from "@/components/ui/panel";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Loyalty" });
  return { title: t("title") };
}

export default async function LoyaltyPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.viewAnalytics);
  const [t, raw] = await Promise.all([getTranslations("Loyalty"), searchParams]);
  const { query, invalid } = parseSearch(raw, loyaltyQuerySchema);
  const { from, to } = query;
  const { range, current } = await getAnalyticsMonthsFor(user, { from, to });
  const key = `${from}/${to}`;
  const widget = { user, from, to };
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("subtitle")}</p>
      </div>
      <FormRetentionRange range={range} current={current} invalid={invalid} />
      <Suspense key={`cards/${key}`} fallback={<SkeletonCards count={5} label={t("loading")} />}>
        <CardsLoyalty {...widget} />
      </Suspense>
      <Suspense key={`trends/${key}`} fallback={<SkeletonPanel label={t("loading")} />}>
        <SectionLoyaltyTrends {...widget} />
      </Suspense>
      <Suspense key={`lifecycle/${key}`} fallback={<SkeletonPanel label={t("loading")} height="h-72" />}>
        <SectionLifecycle {...widget} />
      </Suspense>
      <Panel>
        <Suspense key={`team/${key}`} fallback={<SkeletonPanel label={t("loading")} height="h-40" />}>
          <TableTeam {...widget} />
        </Suspense>
      </Panel>
    </div>
  );
}
