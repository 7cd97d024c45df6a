import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { organizations } from "../schema";

/**
 * Merges the stage-event counts the moves appended into one row per key (migration 0014), and the
 * journey map's per-day counts (journey_map_days). Readers
 * sum every row, folded or not, so this only keeps the tables small and may run beside them.
 */
async function foldStageEventCounts(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select fold_stage_event_counts(${orgId})`);
  await db.execute(sql`select journey_map_fold(${orgId})`);
}

/** Folds every organization's counts, one transaction each, so no fold holds another organization's rows. */
export async function foldAllStageEventCounts(db: Db): Promise<void> {
  for (const { id } of await db.select({ id: organizations.id }).from(organizations)) await foldStageEventCounts(db, id);
}
