import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/core/constants";
import type { CurrentUser } from "@/lib/auth/session";
import { countCustomersByStageFor } from "@/lib/home/service";
import { stageLabel } from "@/lib/journey/labels";
import { listJourneyStagesFor } from "@/lib/journey/service";
import { Link } from "@/lib/i18n/navigation";

/** Customers per stage as a table with proportional bars (bars are decoration; numbers are the data); each stage links to its customers. */
export async function TableStageCounts({ user }: { user: CurrentUser }) {
  const [t, format, locale] = await Promise.all([
    getTranslations("Home"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const [stages, byStage] = await Promise.all([
    listJourneyStagesFor(user),
    countCustomersByStageFor(user),
  ]);
  const counts = new Map(byStage.filter((r) => !r.lost).map((r) => [r.stageKey, r.count]));
  const max = Math.max(1, ...counts.values());
  return (
    <table className="w-full text-sm">
      <caption className="mb-3 text-start text-base font-semibold">{t("perStage")}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("stage")}</th>
          <th scope="col">{t("journey")}</th>
          <th scope="col">{t("customers")}</th>
        </tr>
      </thead>
      <tbody>
        {stages.map((stage) => {
          const value = counts.get(stage.key) ?? 0;
          return (
            <tr key={stage.key} className="border-t border-slate-100">
              <th scope="row" className="py-2 pe-3 text-start font-medium">
                <Link href={`/customers?stage=${stage.key}&lost=false`} className="text-indigo-800 underline">
                  {stageLabel(stage, locale)}
                </Link>
              </th>
              <td className="py-2 pe-3 text-slate-500">{t(`journeys.${stage.journey}`)}</td>
              <td className="w-1/2 py-2">
                <div className="flex items-center gap-2">
                  <div aria-hidden className="h-2 rounded-full bg-indigo-500" style={{ width: `${(value / max) * 100}%` }} />
                  <span className="tabular-nums">{format.number(value)}</span>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
