"use client";

import dynamic from "next/dynamic";

const placeholder = () => <div className="h-64 w-full animate-pulse rounded-lg bg-slate-100" />;

/** The loyalty charts, loaded in the browser only (recharts stays out of the first bundle). */
export const ChartLoyaltyLinesLazy = dynamic(() => import("./chart-loyalty-lines").then((m) => m.ChartLoyaltyLines), {
  ssr: false,
  loading: placeholder,
});

export const ChartLifecycleBarsLazy = dynamic(() => import("./chart-lifecycle-bars").then((m) => m.ChartLifecycleBars), {
  ssr: false,
  loading: placeholder,
});
