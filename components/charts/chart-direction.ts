"use client";

import { useLocale } from "next-intl";
import { createElement, type CSSProperties } from "react";
import { phoneQuery, useMediaQuery } from "@/components/ui/use-media-query";
import { direction } from "@/lib/i18n/locale";
import { ChartLegend } from "./chart-legend";

/**
 * Axis, legend and tooltip placement for a chart in the page's direction: in RTL time runs from
 * right to left (reversed x axis), the value axis sits on the right, legend and tooltip text align right.
 * The chart's text keeps the page's direction, so a tick anchored at its "end" is the axis-side end
 * in both: right-aligned left of the plot in LTR, left-aligned right of the plot in RTL (the mirror).
 * On a phone the category labels slant away from their tick (down and outward, mirrored in RTL) so
 * neighbours do not run together.
 */
export function useChartDirection() {
  const rtl = direction(useLocale() as "he" | "fa" | "en") === "rtl";
  const phone = useMediaQuery(phoneQuery);
  const text: CSSProperties = { direction: rtl ? "rtl" : "ltr", textAlign: rtl ? "right" : "left" };
  return {
    rtl,
    xAxis: phone
      ? { reversed: rtl, angle: rtl ? 35 : -35, height: 84, tick: { fontSize: 11, textAnchor: "end" as const } }
      : { reversed: rtl, angle: 0, height: 30, tick: { fontSize: 12 } },
    yAxis: { orientation: rtl ? ("right" as const) : ("left" as const), tick: { fontSize: 12, textAnchor: "end" as const } },
    // itemSorter null: the legend keeps the series in the order they are drawn, not by name.
    legend: {
      align: rtl ? ("right" as const) : ("left" as const),
      verticalAlign: "top" as const,
      itemSorter: null,
      content: createElement(ChartLegend),
    },
    tooltip: { reverseDirection: { x: rtl }, wrapperStyle: text, contentStyle: { ...text, borderRadius: 8 } },
    margin: rtl ? { top: 8, right: 0, left: 16, bottom: 8 } : { top: 8, right: 16, left: 0, bottom: 8 },
  };
}

/** Tooltip rows in the series' own order (recharts sorts them by name otherwise). */
export function seriesOrder(keys: string[]) {
  return (item: { dataKey?: unknown }) => keys.indexOf(String(item.dataKey));
}
