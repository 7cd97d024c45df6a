import type { ImportJob } from "@/db/schema";
import { isWorkerGone } from "./worker";

/** A job as the API and the page show it. `interrupted`: running, but its worker is gone. */
export function presentImport(job: ImportJob) {
  return {
    id: job.id,
    filename: job.filename,
    /** A fix-and-retry of another import's rejected rows. */
    retry: job.options.sourceRows !== undefined,
    status: job.status,
    interrupted: job.status === "running" && isWorkerGone(job),
    encoding: job.encoding,
    locale: job.locale,
    totalRows: job.totalRows,
    rowsDone: job.rowsDone,
    created: job.createdCount,
    updated: job.updatedCount,
    unchanged: job.unchangedCount,
    rejected: job.rejectedCount,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export type ImportView = ReturnType<typeof presentImport>;
