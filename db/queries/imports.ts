import "server-only";
import { and, asc, desc, eq, gt, inArray, isNull, lt } from "drizzle-orm";
import type { Db } from "../client";
import { importRejections, imports, organizations, stages, users } from "../schema";

export async function getImport(db: Db, { orgId, id }: { orgId: string; id: string }) {
  const [job] = await db.select().from(imports).where(and(eq(imports.orgId, orgId), eq(imports.id, id))).limit(1);
  return job;
}

/** The organization's latest imports, newest first. */
export async function listImports(db: Db, { orgId, limit = 20 }: { orgId: string; limit?: number }) {
  return db.select().from(imports).where(eq(imports.orgId, orgId)).orderBy(desc(imports.createdAt)).limit(limit);
}

/** Running jobs of every organization whose heartbeat is older than `before`: candidates to resume. */
export async function listStalledImports(db: Db, { before }: { before: Date }) {
  return db
    .select()
    .from(imports)
    .where(and(eq(imports.status, "running"), lt(imports.updatedAt, before)))
    .orderBy(asc(imports.updatedAt));
}

/** One page of an import's rejected rows, in row order. */
export async function listRejections(db: Db, { orgId, importId, afterRow = 0, limit = 1000 }: { orgId: string; importId: string; afterRow?: number; limit?: number }) {
  return db
    .select({ row: importRejections.row, errors: importRejections.errors, cells: importRejections.cells })
    .from(importRejections)
    .where(and(eq(importRejections.orgId, orgId), eq(importRejections.importId, importId), gt(importRejections.row, afterRow)))
    .orderBy(asc(importRejections.row))
    .limit(limit);
}

/** The rejected rows of an import with these numbers. */
export async function findRejections(db: Db, { orgId, importId, rows }: { orgId: string; importId: string; rows: number[] }) {
  return db
    .select({ row: importRejections.row, errors: importRejections.errors, cells: importRejections.cells })
    .from(importRejections)
    .where(and(eq(importRejections.orgId, orgId), eq(importRejections.importId, importId), inArray(importRejections.row, rows)));
}

/** What rows are checked against: the time zone and country, every stage (archived ones too) and active users. */
export async function loadImportContext(db: Db, { orgId }: { orgId: string }) {
  const [[org], stageRows, userRows] = await Promise.all([
    db.select({ timeZone: organizations.timeZone, country: organizations.country }).from(organizations).where(eq(organizations.id, orgId)),
    db.select().from(stages).where(eq(stages.orgId, orgId)).orderBy(asc(stages.position)),
    db
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .where(and(eq(users.orgId, orgId), isNull(users.disabledAt)))
      .orderBy(asc(users.createdAt)),
  ]);
  return { timeZone: org?.timeZone ?? "UTC", country: org?.country ?? "IL", stages: stageRows, users: userRows };
}

export type ImportContext = Awaited<ReturnType<typeof loadImportContext>>;

/** The status and last change of the organization's jobs among `ids` (the uploads found on disk). */
export async function findImportStates(db: Db, { orgId, ids }: { orgId: string; ids: string[] }) {
  if (ids.length === 0) return [];
  return db
    .select({ id: imports.id, status: imports.status, updatedAt: imports.updatedAt })
    .from(imports)
    .where(and(eq(imports.orgId, orgId), inArray(imports.id, ids)));
}
