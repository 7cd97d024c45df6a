import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
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

/** Moves a pending job to running under `worker`, with its mapping, locale and options; null when it was not pending. */
export async function startImport(
  db: Db,
  input: { orgId: string; id: string; worker: string; mapping: ImportMapping; locale: Locale; options?: ImportOptions },
): Promise<ImportJob | null> {
  const [job] = await db
    .update(imports)
    .set({ status: "running", worker: input.worker, mapping: input.mapping, locale: input.locale, options: input.options ?? {}, updatedAt: new Date() })
    .where(and(eq(imports.orgId, input.orgId), eq(imports.id, input.id), eq(imports.status, "pending")))
    .returning();
  return job ?? null;
}

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

/** Runs a failed job again from where it stopped, under `worker`. */
export async function reviveImport(db: Db, input: { orgId: string; id: string; worker: string }): Promise<ImportJob | null> {
  const [job] = await db
    .update(imports)
    .set({ status: "running", worker: input.worker, error: null, finishedAt: null, updatedAt: new Date() })
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
