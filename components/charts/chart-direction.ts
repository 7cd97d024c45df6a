"use client";

import { useLocale } from "next-intl";
import type { CSSProperties } from "react";
import { direction } from "@/lib/i18n/locale";

/**
 * Axis, legend and tooltip placement for a chart in the page's direction: in RTL time runs from
 * right to left (reversed x axis), the value axis sits on the right, legend and tooltip text align right.
 */
export function useChartDirection() {
  const rtl = direction(useLocale() as "he" | "fa" | "en") === "rtl";
  const text: CSSProperties = { direction: rtl ? "rtl" : "ltr", textAlign: rtl ? "right" : "left" };
  return {
    rtl,
    xAxis: { reversed: rtl },
    yAxis: { orientation: rtl ? ("right" as const) : ("left" as const) },
    // itemSorter null: the legend keeps the series in the order they are drawn, not by name.
    legend: {
      align: rtl ? ("right" as const) : ("left" as const),
      verticalAlign: "top" as const,
      itemSorter: null,
      wrapperStyle: { ...text, paddingBottom: 8 },
    },
    tooltip: { reverseDirection: { x: rtl }, wrapperStyle: text, contentStyle: { ...text, borderRadius: 8 } },
    margin: rtl ? { top: 8, right: 0, left: 16, bottom: 8 } : { top: 8, right: 16, left: 0, bottom: 8 },
  };
}

/** Tooltip rows in the series' own order (recharts sorts them by name otherwise). */
export function seriesOrder(keys: string[]) {
  return (item: { dataKey?: unknown }) => keys.indexOf(String(item.dataKey));
}
