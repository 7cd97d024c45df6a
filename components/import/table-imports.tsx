import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/core/constants";
import { ButtonImportResume } from "./button-import-resume";
import { errorReportUrl } from "./import-api";
import type { ImportView } from "./types";
import { tablePanel } from "@/components/ui/panel";

const badge: Record<string, string> = {
  done: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  running: "bg-indigo-50 text-indigo-800 ring-indigo-200",
  interrupted: "bg-amber-50 text-amber-900 ring-amber-200",
  failed: "bg-red-50 text-red-800 ring-red-200",
  pending: "bg-slate-50 text-slate-700 ring-slate-200",
  waiting: "bg-slate-50 text-slate-700 ring-slate-200",
};

/** The organization's latest imports; interrupted and failed ones can be resumed from here. */
export async function TableImports({ items, locale }: { items: ImportView[]; locale: Locale }) {
  const t = await getTranslations("SettingsData");
  const format = await getFormatter();
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("history.empty")}</p>;
  return (
    <div className={tablePanel}>
      <table className="min-w-full text-sm" aria-label={t("history.heading")}>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            {(["file", "date", "status", "rows", "results", "actions"] as const).map((key) => (
              <th key={key} scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">
                {t(`history.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((job) => {
            const status = job.interrupted ? "interrupted" : job.status;
            return (
              <tr key={job.id}>
                <td className="max-w-64 truncate px-3 py-2 text-start">
                  <bdi>{job.filename}</bdi>
                  {job.retry && <span className="ms-1 text-xs text-slate-600">({t("import.retried")})</span>}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{format.dateTime(new Date(job.createdAt), "dateTime")}</td>
                <td className="px-3 py-2">
                  <span className={`inline-block rounded-full px-2 py-0.5 text-xs ring-1 ${badge[status] ?? ""}`}>{t(`status.${status}`)}</span>
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  {t("import.progress", { done: format.number(job.rowsDone), total: format.number(job.totalRows ?? 0) })}
                </td>
                <td className="px-3 py-2">
                  {t("history.resultsText", { created: format.number(job.created), updated: format.number(job.updated), rejected: format.number(job.rejected) })}
                </td>
                <td className="whitespace-nowrap px-3 py-2">
                  <div className="flex gap-2">
                    {(status === "interrupted" || status === "failed") && <ButtonImportResume id={job.id} />}
                    {job.rejected > 0 && (
                      <a href={errorReportUrl(job.id, locale)} download className="rounded-md px-2 py-1 text-indigo-800 underline-offset-2 hover:underline">
                        {t("history.errors")}
                      </a>
                    )}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
