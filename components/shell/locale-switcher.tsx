"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { locales } from "@/core/constants";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** Links to the current page in each other language, query string kept. */
export function LocaleSwitcher() {
  const t = useTranslations("LocaleSwitcher");
  const current = useLocale();
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  return (
    <nav aria-label={t("label")} className="flex items-center gap-1 text-sm">
      {locales.map((locale) => (
        <Link
          key={locale}
          href={{ pathname, query }}
          locale={locale}
          lang={locale}
          aria-current={locale === current ? "true" : undefined}
          className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-200 aria-[current]:bg-slate-800 aria-[current]:text-white"
        >
          {t(locale)}
        </Link>
      ))}
    </nav>
  );
}
