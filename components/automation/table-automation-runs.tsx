import { getFormatter, getTranslations } from "next-intl/server";
import { tablePanel } from "@/components/ui/panel";
import { TableHead } from "@/components/ui/table";
import { readActionDetail } from "@/core/automation/action-detail";
import { readOccurrence } from "@/core/automation/occurrence";
import type { ActionResult } from "@/core/automation/rules";
import { isolate } from "@/core/i18n/bidi";
import type { FiringStatus } from "@/core/constants";
import { Link } from "@/lib/i18n/navigation";

export interface RunRow {
  id: string;
  customerId: string;
  customerName: string;
  occurrence: string;
  status: FiringStatus;
  firedAt: Date;
  results: ActionResult[];
}

const badge = { pending: "bg-slate-200 text-slate-800", done: "bg-emerald-100 text-emerald-900", failed: "bg-red-100 text-red-900", skipped: "bg-amber-100 text-amber-950" } as const;
const link = "text-indigo-800 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-800";

/** A page of a playbook's run log: whom it fired for, why, when, and what each action did. */
export async function TableAutomationRuns({ rows, stageLabels }: { rows: RunRow[]; stageLabels: Record<string, string> }) {
  const [t, holidays, fields, format] = await Promise.all([
    getTranslations("SettingsAutomations"),
    getTranslations("Holidays.names"),
    getTranslations("FormErrors.fields"),
    getFormatter(),
  ]);
  if (rows.length === 0) return <p className="rounded-xl bg-white p-6 text-center text-sm text-slate-600 ring-1 ring-slate-200">{t("runs.empty")}</p>;
  const occurrence = (key: string) => {
    const o = readOccurrence(key);
    switch (o.kind) {
      case "other":
        return isolate(o.text);
      case "stay":
      case "silence":
        return t(`runs.occurrences.${o.kind}`, { date: format.dateTime(o.since, "date") });
      case "birthday":
        return t("runs.occurrences.birthday", { year: format.number(o.year, { useGrouping: false }) });
      case "holiday": {
        const holiday = holidays.has(o.holiday as never) ? holidays(o.holiday as never) : o.holiday;
        return t("runs.occurrences.holiday", { holiday, date: format.dateTime(new Date(`${o.day}T00:00:00Z`), "date", { timeZone: "UTC" }) });
      }
      default:
        return t(`runs.occurrences.${o.kind}`);
    }
  };
  const detail = (result: ActionResult) => {
    const d = readActionDetail(result);
    switch (d.kind) {
      case "code":
        return t(`runs.details.${d.code}`);
      case "tasks":
        return t("runs.details.tasks", { count: d.count, title: isolate(d.title) });
      case "moved":
        return t("runs.details.moved", { stage: isolate(stageLabels[d.to] ?? (d.to === "lost" ? t("runs.details.lost") : d.to)) });
      case "notified":
        return t("runs.details.notified", { count: d.count });
      case "queued":
        return t("runs.details.queued");
      case "refused":
        return t("runs.details.refused", { reasons: d.codes.map((code) => (fields.has(code as never) ? fields(code as never) : code)).join(" ") });
      case "other":
        return isolate(d.text);
    }
  };
  return (
    <div className={tablePanel}>
      <table className="w-full text-sm">
        <TableHead caption={t("runs.title")} columns={[{ label: t("runs.customer") }, { label: t("runs.occurrence"), from: "sm" }, { label: t("runs.firedAt") }, { label: t("runs.actions") }]} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-run={row.customerName} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-start font-medium">
                <Link href={`/customers/${row.customerId}`} className={link}>
                  {row.customerName}
                </Link>
                <span className="block text-xs font-normal text-slate-500 sm:hidden">{occurrence(row.occurrence)}</span>
              </th>
              <td className="hidden p-2 text-slate-700 sm:table-cell">{occurrence(row.occurrence)}</td>
              <td className="p-2 text-slate-700">
                <time dateTime={row.firedAt.toISOString()}>{format.dateTime(row.firedAt, "dateTime")}</time>
              </td>
              <td className="p-2">
                {row.status === "pending" ? (
                  <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${badge.pending}`}>{t("runs.statuses.pending")}</span>
                ) : (
                  <ul className="space-y-1">
                    {row.results.map((result, i) => (
                      <li key={i} className="break-words">
                        <span className="font-medium">{t(`actionTypes.${result.type}`)}</span>{" "}
                        <span className={`inline-block rounded px-1.5 py-0.5 text-xs ${badge[result.status]}`}>{t(`runs.statuses.${result.status}`)}</span>
                        {result.detail && <span className="block text-xs text-slate-600">{detail(result)}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
