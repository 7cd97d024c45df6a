"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { Locale } from "@/core/constants";
import { PopoverLazy } from "@/components/ui/popover-lazy";
import { usePathname } from "@/lib/i18n/navigation";
import { direction } from "@/lib/i18n/locale";

/** On narrow screens, the header's navigation, account and language behind one button; closes when the page changes. */
export function MenuShell({ children }: { children: ReactNode }) {
  const t = useTranslations("Shell");
  const dir = direction(useLocale() as Locale);
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  return (
    <PopoverLazy
      open={openOn === pathname}
      onOpenChange={(open) => setOpenOn(open ? pathname : null)}
      trigger={{
        attributes: {
          className:
            "shrink-0 rounded-md p-2 text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-300 data-[state=open]:bg-slate-100 lg:hidden",
        },
        children: (
          <>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
              <path d="M3 5h14v2H3zm0 4h14v2H3zm0 4h14v2H3z" />
            </svg>
            <span className="sr-only">{t("menu")}</span>
          </>
        ),
      }}
      content={{
        dir,
        align: "end",
        collisionPadding: 8,
        "aria-label": t("menu"),
        className: "flex w-64 flex-col gap-3",
      }}
    >
      {children}
    </PopoverLazy>
  );
}
