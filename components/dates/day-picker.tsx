"use client";

import "react-day-picker/style.css";
import { useLocale } from "next-intl";
import { DayPicker as BaseDayPicker, type DayPickerProps } from "react-day-picker";
import { enGB, faIR, he } from "react-day-picker/locale";
import type { Locale } from "@/core/constants";
import { jalaliDateLib } from "@/lib/i18n/jalali-date-lib";
import { direction, weekStart } from "@/lib/i18n/locale";

const locales = { he, fa: faIR, en: enGB };

/**
 * DayPicker in the page's locale: the Solar Hijri calendar with Saturday weeks and Persian digits
 * in `fa`, Sunday weeks in `he`, Monday weeks in `en`; mirrored in RTL. Only this lazily loaded
 * module touches react-day-picker and date-fns, so they load when a date popover opens (the funnel range, the as-of date, every date field).
 */
export function DayPicker(props: DayPickerProps) {
  const locale = useLocale() as Locale;
  return (
    <BaseDayPicker
      locale={locales[locale]}
      dir={direction(locale)}
      weekStartsOn={weekStart(locale)}
      numerals={locale === "fa" ? "arabext" : "latn"}
      dateLib={locale === "fa" ? jalaliDateLib : undefined}
      {...props}
    />
  );
}
