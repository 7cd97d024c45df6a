import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CardMyTasks } from "@/components/home/card-my-tasks";
import { CardRetentionCare } from "@/components/home/card-retention-care";
import { KpisHome } from "@/components/home/kpis-home";
import { KpisTrends } from "@/components/home/kpis-trends";
import { CardTeamCalls } from "@/components/home/card-team-calls";
import { can } from "@/lib/auth/roles";
import { SkeletonKpiCards, SkeletonListPanels, SkeletonStageTable } from "@/components/home/skeletons-home";
import { TableStageCounts } from "@/components/home/table-stage-counts";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { requireUser } from "@/lib/auth/session";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  return { title: t("title") };
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale);
  const t = await getTranslations("Home");
  const loading = t("loading");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("greeting", { name: user.name })}</h1>
      <Suspense fallback={<SkeletonKpiCards count={user.role === "sales" ? 4 : 3} grid="sm:grid-cols-2 lg:grid-cols-4" label={loading} />}>
        <KpisHome user={user} />
      </Suspense>
      {can.viewAnalytics(user.role) && (
        <>
          <Suspense fallback={<SkeletonKpiCards count={3} grid="md:grid-cols-3" label={loading} titled />}>
            <KpisTrends user={user} />
          </Suspense>
          <Suspense fallback={<SkeletonListPanels count={2} label={loading} />}>
            <CardTeamCalls user={user} />
          </Suspense>
        </>
      )}
      <Suspense fallback={<SkeletonListPanels count={1} label={loading} />}>
        <CardMyTasks user={user} />
      </Suspense>
      {user.role === "sales" && (
        <Suspense fallback={<SkeletonListPanels count={2} label={loading} />}>
          <CardRetentionCare user={user} />
        </Suspense>
      )}
      <Panel>
        <Suspense fallback={<SkeletonStageTable rows={6} label={loading} />}>
          <TableStageCounts user={user} />
        </Suspense>
      </Panel>
    </div>
  );
}
