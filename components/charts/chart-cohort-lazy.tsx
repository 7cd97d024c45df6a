"use client";

import dynamic from "next/dynamic";

const placeholder = () => <div className="h-80 w-full animate-pulse rounded-lg bg-slate-100" />;

/** The curves chart, loaded in the browser only when the page shows it (recharts stays out of the first bundle). */
export const ChartCohortCurvesLazy = dynamic(() => import("./chart-cohort-curves").then((m) => m.ChartCohortCurves), {
  ssr: false,
  loading: placeholder,
});
