import "server-only";
import { and, asc, eq, inArray, isNull, lt, sql, type SQLWrapper } from "drizzle-orm";
import type { Db } from "../client";
import { uniqueViolation } from "../pg-errors";
import { imports, type ImportEncoding, type ImportJob, type ImportMapping, type ImportOptions, type Locale } from "../schema";

export interface NewImport {
  orgId: string;
  id: string;
  createdBy: string;
  filename: string;
  encoding: ImportEncoding;
  byteSize: number;
  headers: string[];
  totalRows: number;
  locale: Locale;
  mapping: ImportMapping;
  options?: ImportOptions;
}

export async function createImport(db: Db, input: NewImport): Promise<ImportJob> {
  const [job] = await db.insert(imports).values({ ...input, status: "pending" }).returning();
  if (!job) throw new Error("import insert returned nothing");
  return job;
}

/** Queues a pending job with the mapping, locale and options it runs with; null when it was not pending. */
export async function queueImport(
  db: Db,
  input: { orgId: string; id: string; mapping: ImportMapping; locale: Locale; options?: ImportOptions },
): Promise<ImportJob | null> {
  const [job] = await db
    .update(imports)
    .set({ status: "waiting", mapping: input.mapping, locale: input.locale, options: input.options ?? {}, updatedAt: new Date() })
    .where(and(eq(imports.orgId, input.orgId), eq(imports.id, input.id), eq(imports.status, "pending")))
    .returning();
  return job ?? null;
}

/**
 * Gives the organization's running slot to its longest-waiting job, under `worker`; null when no
 * job waits or one is running. The unique index `imports_one_running_per_org` decides, in one
 * statement that never waits on a lock held for long: of two processes promoting at once, one wins.
 */
export async function promoteNextImport(db: Db, input: { orgId: string; worker: string }): Promise<ImportJob | null> {
  const next = db
    .select({ id: imports.id })
    .from(imports)
    .where(and(eq(imports.orgId, input.orgId), eq(imports.status, "waiting")))
    .orderBy(asc(imports.updatedAt), asc(imports.id))
    .limit(1);
  try {
    const [job] = await db
      .update(imports)
      .set({ status: "running", worker: input.worker, updatedAt: new Date() })
      .where(and(eq(imports.orgId, input.orgId), eq(imports.status, "waiting"), eq(imports.id, next), noneRunning(input.orgId)))
      .returning();
    return job ?? null;
  } catch (error) {
    if (uniqueViolation(error) === "imports_one_running_per_org") return null;
    throw error;
  }
}

/** Organizations with a waiting job and none running: their queue lost its runner (a crash between two jobs). */
export async function stalledQueues(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ orgId: imports.orgId })
    .from(imports)
    .where(and(eq(imports.status, "waiting"), noneRunning(imports.orgId)));
  return rows.map((row) => row.orgId);
}

// Checked first so that a promotion that cannot win writes nothing; the unique index settles races.
const noneRunning = (orgId: string | SQLWrapper) => sql`not exists (select from ${imports} r where r.org_id = ${orgId} and r.status = 'running')`;

/**
 * Takes over a running job whose worker is gone, as a compare-and-set on the worker that was
 * seen: of two processes resuming the same job, one wins.
 */
export async function claimImport(
  db: Db,
  input: { orgId: string; id: string; worker: string; seenWorker: string | null },
): Promise<ImportJob | null> {
  const [job] = await db
    .update(imports)
    .set({ worker: input.worker, updatedAt: new Date() })
    .where(
      and(
        eq(imports.orgId, input.orgId),
        eq(imports.id, input.id),
        eq(imports.status, "running"),
        input.seenWorker === null ? isNull(imports.worker) : eq(imports.worker, input.seenWorker),
      ),
    )
    .returning();
  return job ?? null;
}

/** Queues a failed job again, to run from where it stopped. */
export async function reviveImport(db: Db, input: { orgId: string; id: string }): Promise<ImportJob | null> {
  const [job] = await db
    .update(imports)
    .set({ status: "waiting", worker: null, error: null, finishedAt: null, updatedAt: new Date() })
    .where(and(eq(imports.orgId, input.orgId), eq(imports.id, input.id), eq(imports.status, "failed")))
    .returning();
  return job ?? null;
}

/** Marks the job done once all rows are in; only its worker can, and only at the end of the file. */
export async function finishImport(db: Db, input: { orgId: string; id: string; worker: string; totalRows: number }) {
  const [job] = await db
    .update(imports)
    .set({ status: "done", totalRows: input.totalRows, worker: null, updatedAt: new Date(), finishedAt: new Date() })
    .where(
      and(
        eq(imports.orgId, input.orgId),
        eq(imports.id, input.id),
        eq(imports.worker, input.worker),
        eq(imports.status, "running"),
        eq(imports.rowsDone, input.totalRows),
      ),
    )
    .returning();
  return job ?? null;
}

export async function failImport(db: Db, input: { orgId: string; id: string; worker: string; error: string }) {
  await db
    .update(imports)
    .set({ status: "failed", error: input.error, worker: null, updatedAt: new Date(), finishedAt: sql`now()` })
    .where(and(eq(imports.orgId, input.orgId), eq(imports.id, input.id), eq(imports.worker, input.worker)));
}

/**
 * Marks pending and failed jobs untouched since `before` as failed with `upload_expired`: their
 * upload is about to be deleted. A job started or resumed meanwhile is left alone (compare-and-set
 * on the status and time). Answers the ids it marked.
 */
export async function expireImports(db: Db, input: { orgId: string; ids: string[]; before: Date }): Promise<string[]> {
  if (input.ids.length === 0) return [];
  const rows = await db
    .update(imports)
    .set({ status: "failed", error: "upload_expired", worker: null, updatedAt: new Date(), finishedAt: sql`coalesce(${imports.finishedAt}, now())` })
    .where(and(eq(imports.orgId, input.orgId), inArray(imports.id, input.ids), inArray(imports.status, ["pending", "failed"]), lt(imports.updatedAt, input.before)))
    .returning({ id: imports.id });
  return rows.map((row) => row.id);
}
