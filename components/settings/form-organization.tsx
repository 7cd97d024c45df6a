"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateOrganizationAction } from "@/lib/settings/organization-actions";
import { FormError } from "@/components/forms/form-error";
import { useActionForm } from "@/components/forms/use-action-form";
import { Field, SubmitButton } from "@/components/ui/field";
import { OptionList } from "@/components/ui/option-list";
import type { HolidayKey } from "@/core/automation/holidays";
import { heCalendars, locales } from "@/core/constants";
import type { OrganizationSettings } from "@/core/organization";
import { currencies } from "@/lib/settings/choices";
import { FieldsetHolidays } from "./fieldset-holidays";

interface Props {
  values: OrganizationSettings;
  timeZones: string[];
  /** Country codes with their names in the page's language, sorted by name. */
  countries: { code: string; name: string }[];
  /** Today's date in each calendar, as an example beside the choice. */
  calendarExamples: Record<(typeof heCalendars)[number], string>;
}

export function FormOrganization({ values, timeZones, countries, calendarExamples }: Props) {
  const t = useTranslations("SettingsOrg");
  const tl = useTranslations("LocaleSwitcher");
  const [saved, setSaved] = useState(false);
  const [holidays, setHolidays] = useState<HolidayKey[]>(values.holidays ?? []);
  const { onSubmit, pending, fieldError, formError } = useActionForm(updateOrganizationAction, { extra: { holidays }, onSuccess: () => setSaved(true) });
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} noValidate aria-label={t("title")} className="grid max-w-3xl gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field label={t("name")} name="name" error={fieldError("name")}>
          {(p) => <input {...p} required maxLength={200} defaultValue={values.name} />}
        </Field>
      </div>
      <Field label={t("timeZone")} name="timeZone" error={fieldError("timeZone")} hint={t("timeZoneHint")}>
        {(p) => (
          <select {...p} defaultValue={values.timeZone}>
            <OptionList values={timeZones} />
          </select>
        )}
      </Field>
      <Field label={t("currency")} name="currency" error={fieldError("currency")} hint={t("currencyHint")}>
        {(p) => (
          <select {...p} defaultValue={values.currency}>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {t(`currencies.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("country")} name="country" error={fieldError("country")} hint={t("countryHint")}>
        {(p) => (
          <select {...p} defaultValue={values.country}>
            {countries.map(({ code, name }) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("defaultLocale")} name="defaultLocale" error={fieldError("defaultLocale")} hint={t("defaultLocaleHint")}>
        {(p) => (
          <select {...p} defaultValue={values.defaultLocale}>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {tl(locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("heCalendar")} name="heCalendar" error={fieldError("heCalendar")} hint={t("heCalendarHint")}>
        {(p) => (
          <select {...p} defaultValue={values.heCalendar}>
            {heCalendars.map((calendar) => (
              <option key={calendar} value={calendar}>
                {t(`calendars.${calendar}`, { example: calendarExamples[calendar] })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FieldsetHolidays chosen={holidays} onChange={setHolidays} error={fieldError("holidays")} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <SubmitButton pending={pending}>{t("save")}</SubmitButton>
        {saved && (
          <p role="status" className="text-sm text-emerald-800">
            {t("saved")}
          </p>
        )}
        <FormError message={formError} />
      </div>
    </form>
  );
}
