import "server-only";
import { access } from "node:fs/promises";
import { setTimeout as delay } from "node:timers/promises";
import { connection, getDb } from "@/db";
import { claimImport, promoteNextImport, reviveImport, stalledQueues } from "@/db/mutations/imports";
import { getImport, listStalledImports } from "@/db/queries/imports";
import type { ImportJob } from "@/db/schema";
import { importPath, importsDir } from "./file-store";
import { runImportInBackground } from "./runner";
import { isWorkerGone, workerState } from "./worker";

/**
 * The organization's import queue. Started jobs wait (`waiting`) until the organization has none
 * running; the process that gets its turn (promoteNextImport, decided by a unique index) runs it,
 * and when it ends hands the turn to the next waiting job. A queue whose runner died between two
 * jobs is picked up again on server start and by any status request.
 */

/** Long enough for a page or a progress poll (a few queries) to run between two batches on PGlite. */
const PGLITE_PAUSE_MS = 60;
const POLL_MS = 500;

/** Runs the job in this process, then the organization's next one; never rejects (failures are recorded on the job). */
async function run(job: ImportJob): Promise<ImportJob | null> {
  try {
    const { db, engine } = await connection();
    return await runImportInBackground(db, job, { dir: importsDir(), worker: workerState().id, pauseMs: engine === "pglite" ? PGLITE_PAUSE_MS : 0 });
  } catch (error) {
    console.error(error);
    return null;
  } finally {
    void startNextImport(job.orgId);
  }
}

/** Gives the organization's turn to its longest-waiting job if none is running, and runs that job here. */
export async function startNextImport(orgId: string): Promise<void> {
  try {
    const next = await promoteNextImport(await getDb(), { orgId, worker: workerState().id });
    if (next) void run(next);
  } catch (error) {
    console.error(error);
  }
}

/** Resolves when the job is done or failed, wherever it runs. */
export async function waitForImport(orgId: string, id: string): Promise<ImportJob> {
  for (;;) {
    const job = await getImport(await getDb(), { orgId, id });
    if (!job) throw new Error(`import ${id} vanished`);
    if (job.status === "done" || job.status === "failed") return job;
    const here = workerState().running.get(id);
    if (here) await here;
    else {
      if (job.status === "waiting") await startNextImport(orgId);
      await delay(POLL_MS);
    }
  }
}

/**
 * Takes over an interrupted job (running, its worker gone) and runs it here; when `failed` is
 * allowed, queues a failed job whose file is still there again. A waiting job gets its turn if
 * nothing runs. Answers the job as it now is.
 */
export async function resumeImport(job: ImportJob, { failed }: { failed: boolean }): Promise<ImportJob> {
  const db = await getDb();
  if (job.status === "running" && isWorkerGone(job)) {
    const claimed = await claimImport(db, { orgId: job.orgId, id: job.id, worker: workerState().id, seenWorker: job.worker });
    if (claimed) void run(claimed);
    return claimed ?? job;
  }
  const revived = failed && job.status === "failed" && (await exists(importPath(importsDir(), job.orgId, job.id))) ? await reviveImport(db, job) : null;
  if (!revived && job.status !== "waiting") return job;
  await startNextImport(job.orgId);
  return (await getImport(db, { orgId: job.orgId, id: job.id })) ?? job;
}

const exists = (file: string) => access(file).then(() => true, () => false);

/** Server start: resumes every job whose worker is gone (a crash or a restart mid-import) and every queue left without a runner. */
export async function resumeStalledImports() {
  const db = await getDb();
  for (const job of await listStalledImports(db, { before: new Date() })) {
    if (isWorkerGone(job)) await resumeImport(job, { failed: false });
  }
  for (const orgId of await stalledQueues(db)) await startNextImport(orgId);
}
