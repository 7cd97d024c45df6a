"use client";

import { useFormatter } from "next-intl";
import type { Locale } from "@/core/constants";
import { errorReportUrl } from "./import-api";
import { SectionRejectedRows } from "./section-rejected-rows";
import type { ImportView } from "./types";
import { useImportText } from "./use-import-text";

/** What a finished import did; its rejected rows to fix and import again, and its error report. */
export function CardImportSummary({ job, locale, onRetried }: { job: ImportView; locale: Locale; onRetried: (job: ImportView) => void }) {
  const { t } = useImportText();
  const format = useFormatter();
  const counts = [
    ["created", job.created],
    ["updated", job.updated],
    ["unchanged", job.unchanged],
    ["rejected", job.rejected],
  ] as const;
  return (
    <section aria-labelledby="import-done-heading" className="space-y-3">
      <h3 id="import-done-heading" className="text-base font-semibold">
        {t("import.doneHeading")}
      </h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {counts.map(([key, value]) => (
          <div key={key} className="rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
            <dt className="text-xs text-slate-600">{t(`import.${key}`)}</dt>
            <dd className={`text-xl font-semibold ${key === "rejected" && value > 0 ? "text-red-700" : "text-slate-900"}`}>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      {job.rejected > 0 && <SectionRejectedRows job={job} onRetried={onRetried} />}
      {job.rejected > 0 ? (
        <a href={errorReportUrl(job.id, locale)} download className="inline-block rounded-lg bg-white px-4 py-2 text-sm font-medium text-indigo-800 ring-1 ring-indigo-300 hover:bg-indigo-50">
          {t("import.downloadErrors")}
        </a>
      ) : (
        <p className="text-sm text-emerald-800">{t("import.noErrors")}</p>
      )}
    </section>
  );
}
