import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { Locale } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import { countCustomersByStageFor, countWeekFor } from "@/lib/home/service";
import { weekStart } from "@/lib/i18n/locale";
import { CardKpi } from "./card-kpi";

/** Role KPIs: the whole organization for owners and managers, their own book for sales. */
export async function KpisHome({ user }: { user: CurrentUser }) {
  const [t, format, locale, timeZone] = await Promise.all([getTranslations("Home"), getFormatter(), getLocale() as Promise<Locale>, getTimeZone()]);
  const [byStage, { since, moves, openTasks }] = await Promise.all([
    countCustomersByStageFor(user),
    countWeekFor(user, { timeZone, weekStart: weekStart(locale) }),
  ]);
  const active = byStage.filter((row) => !row.lost).reduce((sum, row) => sum + row.count, 0);
  const lost = byStage.filter((row) => row.lost).reduce((sum, row) => sum + row.count, 0);
  const n = (value: number) => format.number(value);
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <CardKpi label={user.role === "sales" ? t("myCustomers") : t("activeCustomers")} value={n(active)} />
      <CardKpi
        label={t("movesThisWeek")}
        value={n(moves)}
        hint={t("since", { date: format.dateTime(since, "date") })}
      />
      {openTasks !== null && <CardKpi label={t("myOpenTasks")} value={n(openTasks)} />}
      <CardKpi label={t("lostCustomers")} value={n(lost)} />
    </dl>
  );
}
