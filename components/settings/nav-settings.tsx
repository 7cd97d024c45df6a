"use client";

import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { settingsSections, type SettingsSectionKey } from "@/lib/nav/settings";

/** The tabs of the sections the user may open (`shown`, decided on the server by role). */
export function NavSettings({ shown }: { shown: SettingsSectionKey[] }) {
  const t = useTranslations("Settings");
  const pathname = usePathname();
  return (
    <nav aria-label={t("sections")} className="flex gap-1 overflow-x-auto border-b border-slate-200">
      {settingsSections
        .filter((section) => shown.includes(section.key))
        .map((section) => (
          <Link
            key={section.key}
            href={section.href}
            aria-current={pathname.startsWith(section.href) ? "page" : undefined}
            className="whitespace-nowrap border-b-2 border-transparent px-3 py-2 text-sm text-slate-700 hover:text-slate-900 aria-[current=page]:border-indigo-700 aria-[current=page]:font-medium aria-[current=page]:text-indigo-800"
          >
            {t(`tabs.${section.key}`)}
          </Link>
        ))}
    </nav>
  );
}
