"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";

/**
 * On a phone the list's filters fold behind a button that says how many are set, so the first
 * screen shows customers; from `md` up they are always open and the button is gone. Folded fields
 * are still submitted with the form.
 */
export function DisclosureFilters({ count, children }: { count: number; children: ReactNode }) {
  const t = useTranslations("Customers");
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className="rounded-lg px-3 py-2 text-sm font-medium text-indigo-800 ring-1 ring-slate-300 hover:bg-slate-50 aria-expanded:bg-indigo-50 md:hidden"
      >
        {t("filtersButton", { count })}
      </button>
      <div id={id} className={`${open ? "grid" : "hidden"} basis-full grid-cols-2 gap-3 md:grid md:grid-cols-4 lg:grid-cols-8`}>
        {children}
      </div>
    </>
  );
}
