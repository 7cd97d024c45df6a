import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BoardJourneySwitch } from "@/components/board/board-journey-switch";
import { BoardLoader } from "@/components/board/board-loader";
import { BoardSkeleton } from "@/components/board/board-skeleton";
import { requireUser } from "@/lib/auth/session";
import { journeyParam } from "@/lib/board/schemas";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Board" });
  return { title: t("title") };
}

/** Every role has a board; sales users' boards hold only their own customers (scoped in lib/board). */
export default async function BoardPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale);
  const journey = journeyParam.parse((await searchParams).journey);
  const t = await getTranslations("Board");
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <BoardJourneySwitch journey={journey} />
      </div>
      <Suspense key={journey} fallback={<BoardSkeleton label={t("loading")} />}>
        <BoardLoader user={user} journey={journey} locale={locale} />
      </Suspense>
    </div>
  );
}
