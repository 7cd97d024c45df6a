import { getFormatter, getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { countMovesSince, countOpenTasks, startOfWeek } from "@/db/queries/home";
import type { Locale } from "@/core/constants";
import { customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { weekStart } from "@/lib/i18n/locale";
import { CardKpi } from "./card-kpi";
import { loadStageCounts } from "./load-home";

/** Role KPIs: the whole organization for owners and managers, their own book for sales. */
export async function KpisHome({ user }: { user: CurrentUser }) {
  const [t, format, locale, db] = await Promise.all([
    getTranslations("Home"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    getDb(),
  ]);
  const scope = { orgId: user.orgId, ...customerScope(user) };
  const timeZone = await getTimeZone();
  const since = await startOfWeek(db, { timeZone, weekStart: weekStart(locale) });
  const [byStage, moves, openTasks] = await Promise.all([
    loadStageCounts(scope.orgId, scope.ownerId),
    countMovesSince(db, { ...scope, since }),
    user.role === "sales" ? countOpenTasks(db, { orgId: user.orgId, assigneeId: user.id }) : Promise.resolve(null),
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
