import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { Locale } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import { countCustomersByStageFor, countWeekFor } from "@/lib/home/service";
import { weekStart } from "@/lib/i18n/locale";
import { CardKpi } from "./card-kpi";

/** Role KPIs: the whole organization for owners and managers, their own book for sales; each links to the list behind it. */
export async function KpisHome({ user }: { user: CurrentUser }) {
  const [t, format, locale, timeZone] = await Promise.all([getTranslations("Home"), getFormatter(), getLocale() as Promise<Locale>, getTimeZone()]);
  const [byStage, { since, moves, openTasks }] = await Promise.all([
    countCustomersByStageFor(user),
    countWeekFor(user, { timeZone, weekStart: weekStart(locale) }),
  ]);
  const active = byStage.filter((row) => !row.lost).reduce((sum, row) => sum + row.count, 0);
  const lost = byStage.filter((row) => row.lost).reduce((sum, row) => sum + row.count, 0);
  const n = (value: number) => format.number(value);
  const weekDays = t("weekDays", {
    from: format.dateTime(since, "calendar", { weekday: "short", day: "numeric", month: "short" }),
    weekday: format.dateTime(since, "calendar", { weekday: "long" }),
  });
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      <CardKpi label={user.role === "sales" ? t("myCustomers") : t("activeCustomers")} value={n(active)} href="/customers?lost=false" />
      <CardKpi label={t("movesThisWeek")} value={n(moves)} hint={weekDays} href="/customers?sort=stageEnteredAt&dir=desc" />
      {openTasks !== null && <CardKpi label={t("myOpenTasks")} value={n(openTasks)} href="/#my-tasks-title" />}
      <CardKpi label={t("lostCustomers")} value={n(lost)} href="/customers?lost=true" />
    </dl>
  );
}
