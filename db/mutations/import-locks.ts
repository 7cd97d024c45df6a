import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { sqlState } from "../pg-errors";
import { stages, type Stage } from "../schema";
import { queryRows } from "../sql";

/**
 * Another transaction holds what the batch needs (the organization's import lock, or a stage a
 * settings edit is changing): the batch ended without waiting, and the runner tries again later.
 */
export class ImportBusy extends Error {
  constructor() {
    super("import batch postponed: a lock it needs is held");
  }
}

/**
 * Imports of one organization take turns, so two files cannot both create the same email: one job
 * runs at a time (`imports_one_running_per_org`), and this lock covers a job taken over from a
 * worker still writing. The stages are locked `for share`, as a move locks its target, so none is
 * archived (or its rules changed) while the batch creates and moves customers in it. Nothing here
 * waits: a lock held elsewhere throws ImportBusy, so an import that must wait holds no connection.
 * Returns the stages with their rules, current while the batch runs.
 */
export async function lockForBatch(tx: Db, orgId: string): Promise<Stage[]> {
  const [lock] = await queryRows<{ taken: boolean }>(tx, sql`select pg_try_advisory_xact_lock(hashtextextended(${`masir.import:${orgId}`}, 0)) as taken`);
  if (!lock?.taken) throw new ImportBusy();
  try {
    return await tx.select().from(stages).where(eq(stages.orgId, orgId)).orderBy(asc(stages.position)).for("share", { noWait: true });
  } catch (error) {
    if (sqlState(error) === LOCK_NOT_AVAILABLE) throw new ImportBusy();
    throw error;
  }
}

const LOCK_NOT_AVAILABLE = "55P03";
