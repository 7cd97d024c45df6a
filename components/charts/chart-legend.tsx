"use client";

import type { LegendPayload } from "recharts";

/**
 * The series' names beside their marks, laid out by the page's direction (a mirrored row in RTL),
 * in the body text colour: the series colours are for marks and are too light for small text.
 * Series drawn with `legendType="none"` (the dotted "so far" pieces) are left out.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="flex flex-wrap justify-start gap-x-4 gap-y-1 pb-2 text-xs text-slate-700">
      {payload?.filter((item) => item.type !== "none").map((item) => (
        <li key={String(item.dataKey ?? item.value)} className="flex items-center gap-1.5">
          <LegendMark item={item} />
          <span>{item.value}</span>
        </li>
      ))}
    </ul>
  );
}

function LegendMark({ item }: { item: LegendPayload }) {
  const dashed = (item.payload as { strokeDasharray?: string } | undefined)?.strokeDasharray;
  return (
    <svg width="16" height="10" aria-hidden="true" className="shrink-0">
      {item.type === "line" ? (
        <line x1="0" y1="5" x2="16" y2="5" stroke={item.color} strokeWidth="2.5" strokeDasharray={dashed ? "4 3" : undefined} />
      ) : (
        <rect width="10" height="10" x="3" rx="2" fill={item.color} />
      )}
    </svg>
  );
}
