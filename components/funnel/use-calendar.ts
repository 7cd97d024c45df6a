"use client";

import { useLocale } from "next-intl";
import { DateLib } from "react-day-picker";
import { enGB, faIR, he } from "react-day-picker/locale";
import type { Locale } from "@/db/schema/constants";
import { jalaliDateLib } from "@/lib/i18n/jalali-date-lib";
import { direction, weekStart } from "@/lib/i18n/locale";

const locales = { he, fa: faIR, en: enGB };

/** A local date (`YYYY-MM-DD`) as the browser-local midnight DayPicker works with, and back. */
export const toDate = (value: string) => {
  const [y, m, d] = value.split("-").map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};
export const fromDate = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/**
 * DayPicker settings for the page's locale: the Solar Hijri calendar with Saturday weeks and
 * Persian digits in `fa`, Sunday weeks in `he`, Monday weeks in `en`; mirrored in RTL. `lib` does
 * the calendar's month arithmetic for the range presets too.
 */
export function useCalendar() {
  const locale = useLocale() as Locale;
  const props = {
    locale: locales[locale],
    dir: direction(locale),
    weekStartsOn: weekStart(locale),
    numerals: locale === "fa" ? ("arabext" as const) : ("latn" as const),
    dateLib: locale === "fa" ? jalaliDateLib : undefined,
  };
  return { props, lib: new DateLib({ locale: props.locale, weekStartsOn: props.weekStartsOn }, props.dateLib) };
}
