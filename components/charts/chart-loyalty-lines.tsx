"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesOrder, useChartDirection } from "./chart-direction";

export type ValueKind = "percent" | "count" | "score" | "money";

export interface LineSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
}

interface Props {
  title: string;
  rows: Record<string, string | number | null>[];
  series: LineSeries[];
  kind: ValueKind;
  currency?: string;
}

/** Monthly trend lines of one kind of value; `rows` hold `label` (the month) and one value per series key. */
export function ChartLoyaltyLines({ title, rows, series, kind, currency = "ILS" }: Props) {
  const format = useFormatter();
  const frame = useChartDirection();
  const value = (v: number) =>
    kind === "percent"
      ? format.number(v, { style: "percent", maximumFractionDigits: 0 })
      : kind === "money"
        ? format.number(v / 100, { style: "currency", currency, notation: "compact" })
        : format.number(v, { maximumFractionDigits: 0 });
  const domain = kind === "percent" ? [0, 1] : kind === "score" ? [-100, 100] : undefined;
  return (
    <figure aria-label={title} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={frame.margin}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" reversed={frame.xAxis.reversed} tick={{ fontSize: 12 }} />
          <YAxis
            orientation={frame.yAxis.orientation}
            domain={domain}
            tickFormatter={value}
            width={kind === "money" ? 72 : 52}
            tick={{ fontSize: 12 }}
          />
          <Tooltip {...frame.tooltip} itemSorter={seriesOrder(series.map((s) => s.key))} formatter={(v, name) => [typeof v === "number" ? value(v) : "—", name]} />
          <Legend {...frame.legend} />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? "5 4" : undefined}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
