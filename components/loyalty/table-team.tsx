import { getFormatter, getTranslations } from "next-intl/server";
import { getTeamFor } from "@/lib/analytics/loyalty/service";
import type { CurrentUser } from "@/lib/auth/session";

/** Team performance over the range: moves made, conversions of owned customers, median days to convert. */
export async function TableTeam({ user, from, to }: { user: CurrentUser; from?: string; to?: string }) {
  const [t, tShell, format, rows] = await Promise.all([
    getTranslations("Loyalty"),
    getTranslations("Shell"),
    getFormatter(),
    getTeamFor(user, { from, to }),
  ]);
  const days = (median: number | null) =>
    median === null ? t("kpis.none") : t("team.days", { days: format.number(median, { maximumFractionDigits: 1 }) });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm tabular-nums">
        <caption className="mb-1 text-start text-base font-semibold">{t("team.title")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="px-2 py-2 text-start font-medium">{t("team.member")}</th>
            <th scope="col" className="px-2 py-2 text-start font-medium">{t("team.role")}</th>
            <th scope="col" className="px-2 py-2 text-end font-medium">{t("team.moves")}</th>
            <th scope="col" className="px-2 py-2 text-end font-medium">{t("team.conversions")}</th>
            <th scope="col" className="px-2 py-2 text-end font-medium">{t("team.median")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-2 text-start font-medium">
                <bdi>{row.name}</bdi>
              </th>
              <td className="px-2 py-2 text-slate-600">{tShell(`roles.${row.role}`)}</td>
              <td className="px-2 py-2 text-end">{format.number(row.moves)}</td>
              <td className="px-2 py-2 text-end">{format.number(row.conversions)}</td>
              <td className="px-2 py-2 text-end">
                {days(row.medianDaysToConvert)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("team.empty")}</p>}
      <p className="mt-2 text-xs text-slate-600">{t("team.note")}</p>
    </div>
  );
}
