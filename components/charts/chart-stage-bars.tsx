"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useChartDirection } from "./chart-direction";

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

interface Props {
  title: string;
  /** One row per stage: `label` plus one value (or null) per series key. */
  rows: Record<string, string | number | null>[];
  series: BarSeries[];
  kind: "count" | "days";
}

/** Grouped bars per stage (customers, or days in stage), mirrored in RTL. */
export function ChartStageBars({ title, rows, series, kind }: Props) {
  const format = useFormatter();
  const frame = useChartDirection();
  const value = (v: number) => format.number(v, { maximumFractionDigits: kind === "days" ? 1 : 0 });
  return (
    // dir="ltr": recharts places SVG text as if the page were LTR; the mirroring is done by the axes.
    <figure aria-label={title} dir="ltr" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={frame.margin}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" reversed={frame.xAxis.reversed} tick={{ fontSize: 12 }} interval={0} />
          <YAxis orientation={frame.yAxis.orientation} tickFormatter={value} allowDecimals={kind === "days"} width={52} tick={{ fontSize: 12 }} />
          <Tooltip {...frame.tooltip} cursor={{ fill: "#f1f5f9" }} formatter={(v, name) => [typeof v === "number" ? value(v) : "—", name]} />
          {series.length > 1 && <Legend {...frame.legend} />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
