"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColor } from "./chart-loyalty-colors";
import { seriesOrder, useChartDirection } from "./chart-direction";

export interface CohortCurve {
  month: string;
  label: string;
  retained: (number | null)[];
  /** The k whose month is still running, drawn dashed from the month before it. */
  partialAt: number | null;
}

const soFarKey = (month: string) => `${month}:soFar`;

/** A cohort's points: completed months on its solid line, the running month on a dashed piece joined to the one before. */
function points(curve: CohortCurve, k: number) {
  const value = curve.retained[k] ?? null;
  const p = curve.partialAt;
  return [
    [curve.month, k === p ? null : value],
    [soFarKey(curve.month), p !== null && (k === p || k === p - 1) ? value : null],
  ];
}

/** Retention curves: share retained by months since the first purchase, one line per cohort and the weighted average. */
export function ChartCohortCurves({ curves, average }: { curves: CohortCurve[]; average: (number | null)[] }) {
  const t = useTranslations("Retention");
  const format = useFormatter();
  const frame = useChartDirection();
  const data = average.map((avg, k) => ({ k, average: avg, ...Object.fromEntries(curves.flatMap((c) => points(c, k))) }));
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  return (
    <figure aria-label={t("curves.title")} className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={frame.margin}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis
            dataKey="k"
            reversed={frame.xAxis.reversed}
            tickFormatter={(k: number) => format.number(k)}
            label={{ value: t("curves.axisX"), position: "insideBottom", offset: -4 }}
            height={44}
          />
          <YAxis orientation={frame.yAxis.orientation} domain={[0, 1]} tickFormatter={percent} width={52} />
          <Tooltip
            {...frame.tooltip}
            itemSorter={seriesOrder([...curves.map((c) => c.month), "average"])}
            labelFormatter={(k) => t("heatmap.period", { k: format.number(Number(k)) })}
            formatter={(value, name) => [typeof value === "number" ? percent(value) : "", name]}
          />
          <Legend {...frame.legend} />
          {curves.map((c, i) => (
            <Line
              key={c.month}
              dataKey={c.month}
              name={c.label}
              stroke={seriesColor(i, curves.length)}
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          {curves
            .filter((c) => c.partialAt !== null)
            .map((c) => (
              <Line
                key={soFarKey(c.month)}
                dataKey={soFarKey(c.month)}
                name={t("curves.soFar", { cohort: c.label })}
                stroke={seriesColor(curves.indexOf(c), curves.length)}
                strokeWidth={1.5}
                strokeDasharray="4 3"
                legendType="none"
                dot={false}
                isAnimationActive={false}
              />
            ))}
          <Line dataKey="average" name={t("curves.average")} stroke="#0f172a" strokeWidth={3} dot={{ r: 2 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
