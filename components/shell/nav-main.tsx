"use client";

import { useTranslations } from "next-intl";
import type { Role } from "@/core/constants";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { navFor } from "@/lib/nav/items";

/** The main navigation; `className` lays it out (a row in the header, a column in the phone menu). */
export function NavMain({ role, className }: { role: Role; className: string }) {
  const t = useTranslations("Nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className={className}>
      {navFor(role).map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link
            key={item.key}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-800"
          >
            {t(item.key)}
          </Link>
        );
      })}
    </nav>
  );
}
