"use client";

import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useChartDirection } from "./chart-direction";

export interface FunnelBar {
  label: string;
  reached: number;
  stepConversion: number;
  overallConversion: number;
}

interface Props {
  title: string;
  rows: FunnelBar[];
  text: { reached: string; step: string; overall: string; dropOff: string };
}

/**
 * Customers reaching each stage, in journey order (right to left in RTL), each bar labelled with its
 * overall conversion; the tooltip adds the step conversion and the drop-off.
 */
export function ChartFunnel({ title, rows, text }: Props) {
  const format = useFormatter();
  const frame = useChartDirection();
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const count = (v: number) => format.number(v);
  return (
    // dir="ltr": recharts places SVG text as if the page were LTR; the mirroring is done by the axes.
    <figure aria-label={title} dir="ltr" className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ ...frame.margin, top: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" reversed={frame.xAxis.reversed} tick={{ fontSize: 12 }} interval={0} />
          <YAxis orientation={frame.yAxis.orientation} tickFormatter={count} allowDecimals={false} width={56} tick={{ fontSize: 12 }} />
          <Tooltip
            {...frame.tooltip}
            cursor={{ fill: "#eef2ff" }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as FunnelBar | undefined;
              if (!active || !row) return null;
              return (
                <div style={frame.tooltip.contentStyle} className="bg-white p-2 text-sm shadow ring-1 ring-slate-200">
                  <p className="font-semibold">{row.label}</p>
                  <p>{text.reached}: {count(row.reached)}</p>
                  <p>{text.step}: {percent(row.stepConversion)}</p>
                  <p>{text.dropOff}: {percent(1 - row.stepConversion)}</p>
                  <p>{text.overall}: {percent(row.overallConversion)}</p>
                </div>
              );
            }}
          />
          <Bar dataKey="reached" name={text.reached} fill="#4f46e5" radius={[4, 4, 0, 0]} isAnimationActive={false}>
            <LabelList dataKey="overallConversion" position="top" formatter={(v) => (typeof v === "number" ? percent(v) : "")} style={{ fontSize: 12, fill: "#334155" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
