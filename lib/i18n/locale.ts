import { locales, type Locale } from "@/core/constants";

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
