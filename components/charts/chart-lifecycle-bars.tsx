"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesOrder, useChartDirection } from "./chart-direction";

export interface LifecycleRow {
  label: string;
  new: number;
  returning: number;
  resurrecting: number;
  dormant: number;
}

const bars = [
  { key: "new", color: "#4f46e5" },
  { key: "returning", color: "#0d9488" },
  { key: "resurrecting", color: "#d97706" },
  { key: "dormant", color: "#e11d48" },
] as const;

/** PostHog-style lifecycle: new, returning and resurrecting buyers stacked up, dormant ones down (negative). */
export function ChartLifecycleBars({ rows }: { rows: LifecycleRow[] }) {
  const t = useTranslations("Loyalty");
  const format = useFormatter();
  const frame = useChartDirection();
  return (
    <figure aria-label={t("lifecycle.title")} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} stackOffset="sign" margin={frame.margin}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" reversed={frame.xAxis.reversed} tick={{ fontSize: 12 }} />
          <YAxis orientation={frame.yAxis.orientation} tickFormatter={(v: number) => format.number(v)} width={48} tick={{ fontSize: 12 }} />
          <ReferenceLine y={0} stroke="#475569" />
          <Tooltip {...frame.tooltip} itemSorter={seriesOrder(bars.map((b) => b.key))} formatter={(v, name) => [format.number(Number(v)), name]} />
          <Legend {...frame.legend} />
          {bars.map((b) => (
            <Bar key={b.key} dataKey={b.key} name={t(`lifecycle.${b.key}`)} stackId="lifecycle" fill={b.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
