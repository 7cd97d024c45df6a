import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db";
import { findOrganization } from "@/db/queries/organizations";
import { locales } from "@/core/constants";
import { holidaysOf } from "@/core/automation/holiday-dates";
import { holidayCalendars } from "@/core/automation/holidays";
import type { CurrentUser } from "@/lib/auth/session";

export const holidaysQuerySchema = z.strictObject({
  calendar: z.enum(holidayCalendars),
  year: z.coerce.number().int().min(1900).max(2200),
  locale: z.enum(locales).optional(),
});

/** Every holiday of the calendar in the year (not only those the organization keeps), named in `locale` or the organization's language. */
export async function listHolidaysFor(user: CurrentUser, { calendar, year, locale }: z.infer<typeof holidaysQuerySchema>) {
  const org = await findOrganization(await getDb(), { orgId: user.orgId });
  const t = await getTranslations({ locale: locale ?? org?.defaultLocale ?? "he", namespace: "Holidays.names" });
  return holidaysOf(calendar, year).map(({ key, date }) => ({ key, name: t(key), date }));
}
