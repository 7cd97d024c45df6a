import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FormOrganization } from "@/components/settings/form-organization";
import { can } from "@/lib/auth/roles";
import { requireRole } from "@/lib/auth/session";
import { pageLocale, type LocaleParams } from "@/lib/i18n/page-locale";
import { countryChoices, timeZones } from "@/lib/settings/choices";
import { getOrganizationFor } from "@/lib/settings/organization";
import { Panel } from "@/components/ui/panel";

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "SettingsOrg" });
  return { title: t("title") };
}

export default async function SettingsOrganizationPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, can.manageSettings);
  const [t, format, org] = await Promise.all([getTranslations("SettingsOrg"), getFormatter(), getOrganizationFor(user)]);
  const today = new Date();
  const example = (calendar: "gregory" | "hebrew") => format.dateTime(today, { dateStyle: "long", calendar, timeZone: org.timeZone });
  return (
    <Panel aria-labelledby="org-title" gap={3}>
      <h2 id="org-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <FormOrganization
        values={{ name: org.name, timeZone: org.timeZone, currency: org.currency, country: org.country, defaultLocale: org.defaultLocale, heCalendar: org.heCalendar, holidays: org.holidays }}
        timeZones={timeZones()}
        countries={countryChoices(locale)}
        calendarExamples={{ gregory: example("gregory"), hebrew: example("hebrew") }}
      />
    </Panel>
  );
}
