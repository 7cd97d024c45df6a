"use client";

import dynamic from "next/dynamic";

/*
 * The calendar is drawn only inside an open date popover, so it is loaded then: react-day-picker,
 * date-fns with its locales, the Jalali date lib and the styles stay out of every page's
 * first-load JS (the range presets and the typed date fields do their own plain date arithmetic).
 */
export const DayPickerLazy = dynamic(() => import("./day-picker").then((m) => m.DayPicker), {
  ssr: false,
  loading: () => <div className="h-72 w-72 animate-pulse rounded-lg bg-slate-100" />,
});
