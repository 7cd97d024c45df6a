import { getFormatter, getTranslations } from "next-intl/server";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { CurrentUser } from "@/lib/auth/session";
import type { RetentionMode } from "@/lib/analytics/retention/params";
import { getRetentionFor } from "@/lib/analytics/retention/service";
import { monthLabel, monthSpan } from "./month-label";

/**
 * Indigo from near white (0 %) to deep (100 %). Black text up to 55 % and white above keep every
 * cell at 4.5:1 or more (WCAG AA); around the middle a dark indigo text would fall below it.
 */
function cellStyle(share: number) {
  return { backgroundColor: `hsl(236 75% ${96 - share * 58}%)`, color: share > 0.55 ? "white" : "black" };
}

interface Props {
  user: CurrentUser;
  from?: string;
  to?: string;
  mode: RetentionMode;
}

/** The cohort heat-map: one row per first-purchase month, one column per month after it, the weighted average last. */
export async function TableCohortHeatmap({ user, from, to, mode }: Props) {
  const [t, format, result] = await Promise.all([getTranslations("Retention"), getFormatter(), getRetentionFor(user, { from, to, mode })]);
  const percent = (share: number) => format.number(share, { style: "percent", maximumFractionDigits: 0 });
  const periods = result.average.map((_, k) => k);
  const empty = result.cohorts.every((c) => c.size === 0);
  const head = "px-2 py-2 text-xs font-medium text-slate-600";
  return (
    <>
      {/* Above the scroller, not in the table's caption: a caption is as wide as the table and would scroll out of view on a phone. */}
      <div className="mb-3">
        <p className="text-base font-semibold">{t("heatmap.caption")}</p>
        <p className="text-sm text-slate-600">{t(`heatmap.modeHint.${mode}`)}</p>
        <p className="text-sm text-slate-600">{t("heatmap.partialNote")}</p>
      </div>
      <ScrollBox label={t("heatmap.caption")}>
        <table className="w-full border-separate border-spacing-0.5 text-sm tabular-nums">
          <caption className="sr-only">{t("heatmap.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${head} text-start`}>{t("heatmap.cohort")}</th>
              <th scope="col" className={`${head} text-end`}>{t("heatmap.size")}</th>
              {periods.map((k) => (
                <th key={k} scope="col" className={`${head} text-center`}>
                  {t("heatmap.period", { k: format.number(k) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.cohorts.map((cohort) => (
              <tr key={cohort.month}>
                <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-start font-medium" title={monthSpan(format, cohort.month)}>
                  {monthLabel(format, cohort.month)}
                </th>
                <td className="px-2 py-1.5 text-end text-slate-700">{format.number(cohort.size)}</td>
                {cohort.retained.map((share, k) =>
                  share === null ? (
                    <td key={k} className="rounded bg-slate-100 px-2 py-1.5 text-center text-slate-400">
                      <span aria-hidden>·</span>
                      <span className="sr-only">{t("heatmap.notYet")}</span>
                    </td>
                  ) : (
                    <td
                      key={k}
                      className={`rounded px-2 py-1.5 text-center ${cohort.partial[k] ? "outline-2 -outline-offset-2 outline-dashed outline-slate-700" : ""}`}
                      style={cellStyle(share)}
                      title={t("heatmap.cellTitle", { count: format.number(cohort.counts[k] ?? 0), size: format.number(cohort.size) })}
                    >
                      {percent(share)}
                      {cohort.partial[k] && <span className="block text-[0.65rem] leading-tight">{t("heatmap.soFar")}</span>}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2} className="border-t border-slate-300 px-2 py-2 text-start font-semibold">
                {t("heatmap.average")}
              </th>
              {result.average.map((share, k) => (
                <td key={k} className="border-t border-slate-300 px-2 py-2 text-center font-semibold">
                  {share === null ? <span className="text-slate-500">·</span> : percent(share)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
        {empty && <p className="mt-3 text-sm text-slate-600">{t("heatmap.empty")}</p>}
        <div className="mt-3 flex items-center gap-2 text-xs text-slate-600" aria-hidden>
          <span>{percent(0)}</span>
          <span className="h-3 w-40 rounded bg-linear-to-r from-[hsl(236_75%_96%)] to-[hsl(236_75%_38%)] rtl:bg-linear-to-l" />
          <span>{percent(1)}</span>
        </div>
      </ScrollBox>
    </>
  );
}
