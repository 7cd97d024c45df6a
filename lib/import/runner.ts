import "server-only";
import { setTimeout as delay } from "node:timers/promises";
import type { Db } from "@/db/client";
import { commitImportBatch, ImportClaimLost, ImportConflict, type BatchInput, type Rejection } from "@/db/mutations/import-batch";
import { ImportBusy } from "@/db/mutations/import-locks";
import { failImport, finishImport } from "@/db/mutations/imports";
import { loadImportContext } from "@/db/queries/imports";
import { sqlState } from "@/db/pg-errors";
import type { ImportJob } from "@/db/schema";
import { importPath, removeUpload } from "./file-store";
import { cellsOf, rowLayout, rowSchema, validateRow, type RowContext } from "@/core/import/row";
import { importRowContext, persianLettersOf } from "./row-context";
import { fileRecords } from "./source";
import { STALE_AFTER_MS, workerState } from "./worker";

/**
 * Rows per transaction: up to 2,000 so set-based SQL pays off on large files, and about a
 * twentieth of a smaller file (at least 100 rows) so its progress bar moves in visible steps.
 */
export function batchRowsFor(totalRows: number | null): number {
  return Math.max(100, Math.min(2000, Math.ceil((totalRows ?? Infinity) / 20)));
}

export interface RunOptions {
  /** The uploads folder (see importsDir). */
  dir: string;
  worker: string;
  batchRows?: number;
  /**
   * A pause after each batch. The embedded engine runs queries on the server's own thread, one at a
   * time: the pause lets the pages and the progress poll in between (the service sets it for PGlite).
   */
  pauseMs?: number;
  /** Called after each committed batch; a throw stops the run where it is, as a crash would. */
  afterBatch?: (batch: number) => void | Promise<void>;
}

export class ImportFileMissing extends Error {
  constructor() {
    super("import file missing or changed");
  }
}

/**
 * Runs a job from its `rowsDone` to the end of its file. Rows already committed are skipped (the
 * file is re-read, never re-applied), every batch commits with its progress, and the job is marked
 * done at the end. Throws on anything unexpected, leaving the job as a crash would: resumable.
 */
export async function processImport(db: Db, job: ImportJob, options: RunOptions): Promise<ImportJob> {
  const rowContext = importRowContext(job, await loadImportContext(db, { orgId: job.orgId }));
  const schema = rowSchema(rowContext);
  const file = importPath(options.dir, job.orgId, job.id);
  const batchRows = options.batchRows ?? batchRowsFor(job.totalRows);
  const layout = rowLayout(job.mapping, job.headers, persianLettersOf(job));
  let headerRead = false;
  let rowsDone = job.rowsDone;
  let row = 0;
  let batches = 0;
  let pending: { row: number; cells: string[]; malformed: boolean }[] = [];

  const flush = async () => {
    const mapCells = (cells: string[]) => cellsOf(cells, layout);
    const input = batchInput(job, options.worker, rowsDone, row, pending, mapCells, rowContext, schema);
    await withRetries(() => workerState().connections(() => commitImportBatch(db, input)));
    rowsDone = row;
    pending = [];
    await options.afterBatch?.(++batches);
    if (options.pauseMs) await delay(options.pauseMs);
  };

  try {
    for await (const record of fileRecords(file, job.encoding)) {
      if (!headerRead) {
        const headers = record.cells.map((cell) => cell.trim());
        if (headers.join("\u0000") !== job.headers.join("\u0000")) throw new ImportFileMissing();
        headerRead = true;
        continue;
      }
      row++;
      if (row <= rowsDone) continue;
      pending.push({ row, ...record });
      if (pending.length >= batchRows) await flush();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new ImportFileMissing();
    throw error;
  }
  if (!headerRead) throw new ImportFileMissing();
  if (pending.length > 0) await flush();
  const done = await finishImport(db, { orgId: job.orgId, id: job.id, worker: options.worker, totalRows: row });
  if (!done) throw new ImportClaimLost();
  await removeUpload(file);
  return done;
}

function batchInput(
  job: ImportJob,
  worker: string,
  fromRow: number,
  toRow: number,
  records: { row: number; cells: string[]; malformed: boolean }[],
  mapCells: (cells: string[]) => ReturnType<typeof cellsOf>,
  context: RowContext,
  schema: ReturnType<typeof rowSchema>,
): BatchInput {
  const rows: BatchInput["rows"] = [];
  const rejected: Rejection[] = [];
  const width = job.headers.length;
  for (const record of records) {
    const cells = mapCells(record.cells);
    const extra = record.cells.slice(width).some((cell) => cell.trim() !== "");
    if (record.malformed || extra) {
      rejected.push({ row: record.row, errors: { row: [record.malformed ? "malformed" : "extra_cells"] }, cells });
      continue;
    }
    const result = validateRow(record.row, cells, context, schema);
    if (result.ok) rows.push({ ...result.value, cells });
    else rejected.push({ row: record.row, errors: result.errors, cells });
  }
  return { orgId: job.orgId, importId: job.id, actorId: job.createdBy, worker, fromRow, toRow, rows, rejected };
}

const TRANSIENT = new Set(["23505", "40001", "40P01"]);
/** The longest a batch waits for a busy lock, in steps: as long as a silent worker keeps its job. */
const BUSY_WAIT_MS = 250;
const BUSY_TRIES = STALE_AFTER_MS / BUSY_WAIT_MS;

/**
 * A batch that lost a race with another writer (a customer created meanwhile with the same
 * external id or changed since it was read, a deadlock) rolled back whole; run again, it sees the
 * other writer's rows. A batch that found a lock it needs busy (ImportBusy) ran nothing: it is
 * tried again after a pause, spent waiting here rather than in an open transaction.
 */
async function withRetries<T>(run: () => Promise<T>, attempts = 3): Promise<T> {
  for (let conflicts = 0, waits = 0; ; ) {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ImportBusy && ++waits < BUSY_TRIES) {
        await delay(BUSY_WAIT_MS * (0.5 + Math.random()));
        continue;
      }
      const transient = error instanceof ImportConflict || TRANSIENT.has(sqlState(error) ?? "");
      if (++conflicts >= attempts || !transient) throw error;
    }
  }
}

/**
 * Runs a job in this process, once: a second call while it runs gets the same promise. Expected
 * stops end quietly (another worker took the job over); anything else marks the job failed with a
 * code, so it can be resumed by hand.
 */
export function runImportInBackground(db: Db, job: ImportJob, options: RunOptions): Promise<ImportJob | null> {
  const state = workerState();
  const running = state.running.get(job.id) as Promise<ImportJob | null> | undefined;
  if (running) return running;
  const promise = processImport(db, job, options)
    .catch(async (error: unknown) => {
      if (error instanceof ImportClaimLost) return null;
      if (!(error instanceof ImportFileMissing)) console.error(error);
      const code = error instanceof ImportFileMissing ? "file_missing" : "server_error";
      await failImport(db, { orgId: job.orgId, id: job.id, worker: options.worker, error: code }).catch(() => undefined);
      return null;
    })
    .finally(() => state.running.delete(job.id));
  state.running.set(job.id, promise);
  return promise;
}
