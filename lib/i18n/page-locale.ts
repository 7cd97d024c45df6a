import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Locale } from "@/core/constants";
import { isLocale } from "./locale";

export type LocaleParams = Promise<{ locale: string }>;

/** The page's locale from its route params (404 for an unknown one), set for static rendering. */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
