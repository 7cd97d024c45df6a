import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { SkeletonPanel } from "@/components/ui/skeleton";
import { FiltersJourneyMap } from "@/components/journey-map/filters-journey-map";
import { SectionJourneyMap } from "@/components/journey-map/section-journey-map";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { parseJourneyMapParamsLenient } from "@/lib/journey-map/params";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "JourneyMap" });
  return { title: t("title") };
}

/** Everyone signed in: owners and managers see the organization's map, sales users their own customers' (the service scopes it). */
export default async function JourneyMapPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale);
  const t = await getTranslations("JourneyMap");
  const filters = parseJourneyMapParamsLenient(await searchParams);
  const props = { user, params: { journey: filters.journey, from: filters.from, to: filters.to } };
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{can.seeAllCustomers(user.role) ? t("subtitle") : t("subtitleOwn")}</p>
      </header>
      <Suspense fallback={<SkeletonPanel label={t("loading")} height="h-24" />}>
        <FiltersJourneyMap {...props} />
      </Suspense>
      <Suspense key={JSON.stringify(props.params)} fallback={<SkeletonPanel label={t("loading")} height="h-96" />}>
        <SectionJourneyMap {...props} locale={locale} />
      </Suspense>
    </div>
  );
}
