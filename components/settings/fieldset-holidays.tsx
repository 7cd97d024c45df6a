"use client";

import { useTranslations } from "next-intl";
import { holidayCalendars, holidayKeysByCalendar, type HolidayKey } from "@/core/automation/holidays";

/** The holidays the organization keeps (holiday playbooks fire only for these), by calendar. */
export function FieldsetHolidays({ chosen, onChange, error }: { chosen: HolidayKey[]; onChange: (keys: HolidayKey[]) => void; error?: string }) {
  const t = useTranslations("SettingsOrg");
  const th = useTranslations("Holidays");
  const toggle = (key: HolidayKey, on: boolean) => onChange(on ? [...chosen, key] : chosen.filter((k) => k !== key));
  return (
    <fieldset className="space-y-3 sm:col-span-2" aria-describedby="holidays-hint">
      <legend className="text-sm font-medium text-slate-800">{t("holidays")}</legend>
      <p id="holidays-hint" className="text-xs text-slate-600">
        {t("holidaysHint")}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {holidayCalendars.map((calendar) => (
          <fieldset key={calendar} className="rounded-lg p-3 ring-1 ring-slate-200">
            <legend className="px-1 text-sm text-slate-700">{th(`calendars.${calendar}`)}</legend>
            <ul className="grid grid-cols-1 gap-1 min-[375px]:grid-cols-2">
              {holidayKeysByCalendar[calendar].map((key) => (
                <li key={key}>
                  <label className="flex min-h-8 items-center gap-2 text-sm">
                    <input type="checkbox" checked={chosen.includes(key)} onChange={(e) => toggle(key, e.target.checked)} className="size-4" />
                    {th(`names.${key}`)}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
