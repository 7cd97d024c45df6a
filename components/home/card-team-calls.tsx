import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/core/constants";
import { panel } from "@/components/ui/panel";
import type { CurrentUser } from "@/lib/auth/session";
import { homeTrendsFor } from "@/lib/home/trends";
import { addMonths } from "@/lib/analytics/retention/months";
import { Link } from "@/lib/i18n/navigation";

/** Owner and manager: the team table's top line this month, and the customers whose latest feedback was a detractor's. */
export async function CardTeamCalls({ user }: { user: CurrentUser }) {
  const locale = (await getLocale()) as Locale;
  const [t, format, { topSeller, detractors, detractorDays, gregorianMonth: month }] = await Promise.all([getTranslations("Home.team"), getFormatter(), homeTrendsFor(user, locale)]);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="top-seller-title" className={panel}>
        <h2 id="top-seller-title" className="font-semibold">{t("topTitle")}</h2>
        {topSeller ? (
          <p className="mt-2 text-sm">
            <bdi className="font-medium">{topSeller.name}</bdi>{" "}
            {t("topLine", { conversions: format.number(topSeller.conversions), moves: format.number(topSeller.moves) })}
          </p>
        ) : (
          <p className="mt-2 text-sm text-slate-600">{t("noTeam")}</p>
        )}
        <Link href={`/loyalty?from=${month}&to=${addMonths(month, 1)}`} className="mt-2 inline-block text-sm text-indigo-800 underline">{t("teamLink")}</Link>
      </section>
      <section aria-labelledby="detractors-title" className={panel}>
        <h2 id="detractors-title" className="font-semibold">{t("detractorsTitle", { days: format.number(detractorDays) })}</h2>
        {detractors.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{t("noDetractors", { days: format.number(detractorDays) })}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {detractors.map((d) => (
              <li key={d.id} className="flex justify-between gap-2 py-1.5">
                <Link href={`/customers/${d.id}`} className="text-indigo-800 underline">{d.name}</Link>
                <span className="text-slate-600">{t("score", { score: format.number(d.score), date: format.dateTime(new Date(d.at), "date") })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
