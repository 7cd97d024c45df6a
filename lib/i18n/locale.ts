import { locales, type Locale } from "@/db/schema/constants";

export type Direction = "rtl" | "ltr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function direction(locale: Locale): Direction {
  return locale === "en" ? "ltr" : "rtl";
}

/** First day of the week, 0 = Sunday: Saturday in Iran, Sunday in Israel, Monday in `en`. */
export function weekStart(locale: Locale): 0 | 1 | 6 {
  return { fa: 6, he: 0, en: 1 }[locale] as 0 | 1 | 6;
}

/** The Intl locale used for formatting: Persian digits and the Solar Hijri calendar in `fa`. */
export function intlLocale(locale: Locale, heCalendar: "gregory" | "hebrew" = "gregory"): string {
  if (locale === "fa") return "fa-IR-u-ca-persian-nu-arabext";
  if (locale === "he") return heCalendar === "hebrew" ? "he-IL-u-ca-hebrew" : "he-IL";
  return "en-GB";
}
