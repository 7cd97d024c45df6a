import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { BoardJourneySwitch } from "@/components/board/board-journey-switch";
import { BoardLoader } from "@/components/board/board-loader";
import { BoardSkeleton } from "@/components/board/board-skeleton";
import { FormBoardFilters } from "@/components/board/form-board-filters";
import { can } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { boardFiltersSchema, journeyParam } from "@/lib/board/schemas";
import type { BoardFilters } from "@/lib/board/types";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { setParams } from "@/lib/url/set-params";
import { listOwnerChoicesFor } from "@/lib/users/service";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "Board" });
  return { title: t("title") };
}

/**
 * Every role has a board; sales users' boards hold only their own customers (scoped in lib/board).
 * `?q=` and, for owners and managers, `?owner=` narrow it; filters that do not parse are dropped.
 */
export default async function BoardPage({ params, searchParams }: { params: LocaleParams; searchParams: SearchParams }) {
  const locale = await pageLocale(params);
  const user = await requireUser(locale);
  const raw = await searchParams;
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const journey = journeyParam.parse(single.journey);
  const parsed = boardFiltersSchema.safeParse(single);
  const seesAll = can.seeAllCustomers(user.role);
  // Only what is set, so the same board has one cache key; an owner filter is for those who see every owner.
  const chosen = parsed.success ? { q: parsed.data.q, owner: seesAll ? parsed.data.owner : undefined } : {};
  const filters: BoardFilters = Object.fromEntries(setParams(Object.entries(chosen)));
  const [t, owners] = await Promise.all([getTranslations("Board"), listOwnerChoicesFor(user)]);
  const view = setParams(Object.entries({ journey, ...filters })).toString();
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <BoardJourneySwitch journey={journey} filters={filters} />
      </div>
      {/* Keyed by the view, so Back shows its own fields; siblings need keys of their own. */}
      <FormBoardFilters key={`filters?${view}`} journey={journey} filters={filters} owners={owners} />
      <Suspense key={`board?${view}`} fallback={<BoardSkeleton label={t("loading")} />}>
        <BoardLoader user={user} journey={journey} filters={filters} locale={locale} />
      </Suspense>
    </div>
  );
}
