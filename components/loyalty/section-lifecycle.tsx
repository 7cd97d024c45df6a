import { getFormatter, getTranslations } from "next-intl/server";
import { ChartLifecycleBarsLazy } from "@/components/charts/chart-loyalty-lazy";
import { getLoyaltyFor } from "@/lib/analytics/loyalty/service";
import { monthLabel } from "@/components/retention/month-label";
import type { CurrentUser } from "@/lib/auth/session";
import { Panel } from "@/components/ui/panel";

const kinds = ["new", "returning", "resurrecting", "dormant"] as const;

/** Buyers' lifecycle per month as a stacked bar (dormant below zero), with a table alternative. */
export async function SectionLifecycle({ user, from, to }: { user: CurrentUser; from?: string; to?: string }) {
  const [t, format, { months }] = await Promise.all([getTranslations("Loyalty"), getFormatter(), getLoyaltyFor(user, { from, to })]);
  const rows = months.map((m) => ({ label: monthLabel(format, m.month), partial: m.partial, ...m.lifecycle }));
  return (
    <Panel aria-labelledby="loyalty-lifecycle" gap={3}>
      <div>
        <h2 id="loyalty-lifecycle" className="text-base font-semibold">
          {t("lifecycle.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("lifecycle.description")}</p>
      </div>
      <ChartLifecycleBarsLazy rows={rows} soFar={t("trends.soFarMarker")} />
      <details>
        <summary className="cursor-pointer text-sm font-medium text-indigo-800">{t("table.show")}</summary>
        <table className="mt-3 w-full text-sm tabular-nums">
          <thead>
            <tr className="border-b border-slate-200 text-xs text-slate-600">
              <th scope="col" className="px-2 py-2 text-start font-medium">{t("table.month")}</th>
              {kinds.map((k) => (
                <th key={k} scope="col" className="px-2 py-2 text-end font-medium">
                  {t(`lifecycle.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-1.5 text-start font-medium">{row.label}</th>
                {kinds.map((k) => (
                  <td key={k} className="px-2 py-1.5 text-end">
                    {format.number(row[k])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <ul className="grid gap-1 text-xs text-slate-600 sm:grid-cols-2">
        {kinds.map((k) => (
          <li key={k}>
            <span className="font-medium text-slate-800">{t(`lifecycle.${k}`)}</span>: {t(`lifecycle.help.${k}`)}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
