import type { Locale } from "@/core/constants";
import { direction } from "@/lib/i18n/locale";

/** Where every date field's calendar opens: under its button, in the page's direction, named for the reader. */
export function calendarPopover(locale: Locale, label: string) {
  return { dir: direction(locale), sideOffset: 6, "aria-label": label, className: "z-50 rounded-xl bg-white p-3 shadow-lg ring-1 ring-slate-200" };
}
