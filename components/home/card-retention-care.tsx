import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/session";
import { listRetentionCareFor } from "@/lib/home/service";
import { Link } from "@/lib/i18n/navigation";
import { panel } from "@/components/ui/panel";

const BIRTHDAY_WINDOW_DAYS = 7;

/** Retention care (SPEC §2): birthdays this week, and retention customers nobody contacted for too long. */
export async function CardRetentionCare({ user }: { user: CurrentUser }) {
  const [t, format, timeZone] = await Promise.all([getTranslations("Home"), getFormatter(), getTimeZone()]);
  const { birthdays, waiting } = await listRetentionCareFor(user, { timeZone, days: BIRTHDAY_WINDOW_DAYS });
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="birthdays-title" className={panel}>
        <h2 id="birthdays-title" className="font-semibold">{t("birthdays")}</h2>
        {birthdays.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("noBirthdays")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {birthdays.map((b) => (
              <li key={b.id} className="flex justify-between gap-2 py-1.5">
                <Link href={`/customers/${b.id}`} className="text-indigo-800 hover:underline">{b.name}</Link>
                <span className="text-slate-600">{format.dateTime(new Date(`${b.on}T12:00:00Z`), "calendar", { weekday: "long", day: "numeric", month: "long" })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="waiting-title" className={panel}>
        <h2 id="waiting-title" className="font-semibold">{t("waitingForContact")}</h2>
        {waiting.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("noneWaiting")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {waiting.map(({ customer }) => (
              <li key={customer.id} className="flex justify-between gap-2 py-1.5">
                <Link href={`/customers/${customer.id}`} className="text-indigo-800 hover:underline">{customer.name}</Link>
                <span className="text-slate-600">{t("lastContact", { date: format.dateTime(customer.lastActivityAt, "date") })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
