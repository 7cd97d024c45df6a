"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesOrder, useChartDirection } from "./chart-direction";

export type ValueKind = "percent" | "count" | "score" | "money";

export interface LineSeries {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** The series' name on its "so far" piece. */
  soFarLabel?: string;
}

interface Props {
  title: string;
  rows: Record<string, string | number | null>[];
  series: LineSeries[];
  kind: ValueKind;
  currency?: string;
  /**
   * The last row is a month that has not ended: each line reaches it on a dotted piece of its own,
   * under a "so far" marker, so an unfinished month does not read as a fall.
   */
  soFar?: string;
}

const soFarKey = (key: string) => `${key}:soFar`;

/** Completed months on each series' line; the last (running) month and the one before it on the "so far" piece. */
function withSoFar(rows: Props["rows"], series: LineSeries[]) {
  const last = rows.length - 1;
  return rows.map((row, i) => ({
    ...row,
    ...Object.fromEntries(series.flatMap((s) => [
      [s.key, i === last ? null : row[s.key]],
      [soFarKey(s.key), i >= last - 1 ? row[s.key] : null],
    ])),
  }));
}

/** Monthly trend lines of one kind of value; `rows` hold `label` (the month) and one value per series key. */
export function ChartLoyaltyLines({ title, rows, series, kind, currency = "ILS", soFar }: Props) {
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
        <LineChart data={soFar ? withSoFar(rows, series) : rows} margin={frame.margin}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" {...frame.xAxis} />
          <YAxis
            orientation={frame.yAxis.orientation}
            domain={domain}
            tickFormatter={value}
            width={kind === "money" ? 72 : 52}
            tick={frame.yAxis.tick}
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
          {soFar &&
            series.map((s) => (
              <Line
                key={soFarKey(s.key)}
                dataKey={soFarKey(s.key)}
                name={s.soFarLabel ?? s.label}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray="2 4"
                legendType="none"
                dot={{ r: 3, fill: "#fff" }}
                isAnimationActive={false}
              />
            ))}
          {soFar && (
            <ReferenceLine
              x={String(rows.at(-1)?.label ?? "")}
              stroke="#64748b"
              strokeDasharray="3 3"
              label={{ value: soFar, position: "insideTop", fill: "#334155", fontSize: 11 }}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
