"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesOrder, useChartDirection } from "./chart-direction";

export interface LifecycleRow {
  label: string;
  new: number;
  returning: number;
  resurrecting: number;
  dormant: number;
  /** The month has not ended: its bars are hatched, under a "so far" marker. */
  partial: boolean;
}

const hatch = (key: string) => `lifecycle-hatch-${key}`;

const bars = [
  { key: "new", color: "#4f46e5" },
  { key: "returning", color: "#0d9488" },
  { key: "resurrecting", color: "#d97706" },
  { key: "dormant", color: "#e11d48" },
] as const;

/** PostHog-style lifecycle: new, returning and resurrecting buyers stacked up, dormant ones down (negative). */
export function ChartLifecycleBars({ rows, soFar }: { rows: LifecycleRow[]; soFar: string }) {
  const t = useTranslations("Loyalty");
  const format = useFormatter();
  const frame = useChartDirection();
  return (
    <figure aria-label={t("lifecycle.title")} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} stackOffset="sign" margin={frame.margin}>
          <defs>
            {bars.map((b) => (
              <pattern key={b.key} id={hatch(b.key)} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width={6} height={6} fill="#fff" />
                <rect width={3} height={6} fill={b.color} />
              </pattern>
            ))}
          </defs>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" {...frame.xAxis} />
          <YAxis orientation={frame.yAxis.orientation} tickFormatter={(v: number) => format.number(v)} width={48} tick={frame.yAxis.tick} />
          {rows.at(-1)?.partial && (
            <ReferenceLine x={rows.at(-1)?.label} stroke="#64748b" strokeDasharray="3 3" label={{ value: soFar, position: "insideTop", fill: "#334155", fontSize: 11 }} />
          )}
          <ReferenceLine y={0} stroke="#475569" />
          <Tooltip {...frame.tooltip} itemSorter={seriesOrder(bars.map((b) => b.key))} formatter={(v, name) => [format.number(Number(v)), name]} />
          <Legend {...frame.legend} />
          {bars.map((b) => (
            <Bar key={b.key} dataKey={b.key} name={t(`lifecycle.${b.key}`)} stackId="lifecycle" fill={b.color} isAnimationActive={false}>
              {rows.map((row) => (
                <Cell key={row.label} fill={row.partial ? `url(#${hatch(b.key)})` : b.color} stroke={row.partial ? b.color : undefined} />
              ))}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
