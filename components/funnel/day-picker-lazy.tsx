"use client";

import dynamic from "next/dynamic";

/*
 * The calendar is drawn only inside an open date popover, so it is loaded then: react-day-picker,
 * date-fns with its locales, the Jalali date lib and the styles stay out of the funnel page's
 * first-load JS (the range presets do their own plain date arithmetic).
 */
export const DayPickerLazy = dynamic(() => import("./day-picker").then((m) => m.DayPicker), {
  ssr: false,
  loading: () => <div className="h-72 w-72 animate-pulse rounded-lg bg-slate-100" />,
});
