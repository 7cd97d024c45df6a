import type { Formats } from "next-intl";
import type { Locale } from "@/core/constants";

export type HeCalendar = "gregory" | "hebrew";

/**
 * The app's named date formats. Hebrew pages follow the organization's calendar choice; `fa` gets
 * the Solar Hijri calendar from its locale. `calendar` alone carries the calendar for call sites
 * that pick their own fields: `format.dateTime(d, "calendar", { month: "long" })`.
 */
export function dateFormats(locale: Locale, heCalendar: HeCalendar = "gregory"): Formats {
  const calendar = locale === "he" && heCalendar === "hebrew" ? ({ calendar: "hebrew" } as const) : {};
  return {
    dateTime: {
      calendar,
      date: { ...calendar, dateStyle: "medium" },
      dateTime: { ...calendar, dateStyle: "medium", timeStyle: "short" },
    },
  };
}
