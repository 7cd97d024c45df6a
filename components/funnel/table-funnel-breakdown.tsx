import { getFormatter, getTranslations } from "next-intl/server";
import type { FunnelBreakdownEntry } from "@/core/analytics/types";

interface Props {
  title: string;
  /** What the rows are: the channel or the owner. */
  valueHeader: string;
  entries: (FunnelBreakdownEntry & { label: string })[];
  stages: { key: string; label: string }[];
}

/** One row per channel or owner: cohort size, then each stage's reached count and overall conversion. */
export async function TableFunnelBreakdown({ title, valueHeader, entries, stages }: Props) {
  const [t, format] = await Promise.all([getTranslations("Funnel.funnel"), getFormatter()]);
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="mb-2 text-start text-base font-semibold">{title}</caption>
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-2 pe-3 text-start font-medium">{valueHeader}</th>
            <th scope="col" className="py-2 pe-3 text-end font-medium">{t("cohort")}</th>
            {stages.map((s) => (
              <th key={s.key} scope="col" className="py-2 pe-3 text-end font-medium">{s.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.value ?? "none"} className="border-t border-slate-100 tabular-nums">
              <th scope="row" className="py-2 pe-3 text-start font-medium">{entry.label}</th>
              <td className="py-2 pe-3 text-end">{format.number(entry.cohortSize)}</td>
              {entry.stages.map((s) => (
                <td key={s.key} className="py-2 pe-3 text-end">
                  {format.number(s.reached)} <span className="text-slate-500">({percent(s.overallConversion)})</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
