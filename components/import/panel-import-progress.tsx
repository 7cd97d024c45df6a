"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useTransition } from "react";
import { resumeImportAction } from "@/lib/import/actions";
import type { Locale } from "@/core/constants";
import { useRouter } from "@/lib/i18n/navigation";
import { queryKeys } from "@/lib/query/keys";
import { BarImportProgress } from "./bar-import-progress";
import { CardImportSummary } from "./card-import-summary";
import { fetchImportJob } from "./import-api";
import type { ImportView } from "./types";
import { useImportText } from "./use-import-text";

const POLL_MS = 500;

/** Follows a waiting or running import every half second until it is done, then shows what it did. */
export function PanelImportProgress({ initial, locale, onAnother, onRetried }: { initial: ImportView; locale: Locale; onAnother: () => void; onRetried: (job: ImportView) => void }) {
  const { t, failure } = useImportText();
  const router = useRouter();
  const [resuming, startResume] = useTransition();
  const { data: job = initial, refetch } = useQuery({
    queryKey: queryKeys.importJob(initial.id),
    queryFn: () => fetchImportJob(initial.id),
    initialData: initial,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === "running" || query.state.data?.status === "waiting" ? POLL_MS : false),
  });
  const finished = job.status === "done" || job.status === "failed";

  useEffect(() => {
    if (finished) router.refresh();
  }, [finished, router]);

  return (
    <div className="space-y-4" aria-live="polite">
      <p className="text-sm font-medium text-slate-800">{job.filename}</p>
      <BarImportProgress done={job.rowsDone} total={job.totalRows ?? job.rowsDone} />
      {job.status === "waiting" && <p className="text-sm text-slate-600">{t("import.waiting")}</p>}
      {job.status === "running" && <p className="text-sm text-slate-600">{job.interrupted ? t("import.interrupted") : t("import.running")}</p>}
      {job.status === "done" && <CardImportSummary job={job} locale={locale} onRetried={onRetried} />}
      {job.status === "failed" && (
        <div role="alert" className="space-y-2 rounded-lg bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">{t("import.failedHeading")}</p>
          <p>{failure(job.error)}</p>
          <button
            type="button"
            disabled={resuming}
            onClick={() =>
              startResume(async () => {
                await resumeImportAction({ id: job.id });
                await refetch();
              })
            }
            className="rounded-lg bg-white px-3 py-1.5 font-medium text-indigo-800 ring-1 ring-slate-300"
          >
            {t("history.resume")}
          </button>
        </div>
      )}
      {finished && (
        <button type="button" onClick={onAnother} className="rounded-lg px-4 py-2 text-sm text-indigo-800 ring-1 ring-slate-300 hover:bg-white">
          {t("import.another")}
        </button>
      )}
    </div>
  );
}
