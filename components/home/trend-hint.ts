import type { getFormatter } from "next-intl/server";
import { change } from "@/core/analytics/kpis";
import { signed } from "@/core/i18n/numbers";
import type { Trend } from "@/lib/home/trends";

type Format = Awaited<ReturnType<typeof getFormatter>>;
type Message = (key: "vsPrevious" | "noComparison", values: Record<string, string>) => string;

/**
 * A KPI card's comparison line: "+12% vs 1–6 Nov (₪30,000)". `relative` gives the change in per cent
 * of the previous value (amounts, counts, rates); otherwise in the figure's own points (NPS).
 */
export function trendHint(t: Message, format: Format, trend: Trend, show: (v: number | null) => string, { relative, previous }: { relative: boolean; previous: string }) {
  const delta = relative ? change(trend.current, trend.previous) : trend.current === null || trend.previous === null ? null : trend.current - trend.previous;
  const value = show(trend.previous);
  if (delta === null) return t("noComparison", { previous, value });
  const shown = relative ? signed(format, delta, { style: "percent", maximumFractionDigits: 0 }) : signed(format, Math.round(delta));
  return t("vsPrevious", { change: shown, previous, value });
}
