import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { organizations } from "../schema";

/**
 * Merges the counts the moves appended into one row per key: the stage-event counts (migration
 * 0014), the customers per owner and stage (customer_stage_counts), the moves per owner and hour
 * (owner_move_hours), the open tasks per assignee (assignee_open_tasks) and the journey map's
 * per-day counts (journey_map_days). Readers sum every row, folded or not, so this only keeps the
 * tables small and may run beside them.
 */
async function foldStageEventCounts(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select fold_stage_event_counts(${orgId}), fold_customer_stage_counts(${orgId}), fold_owner_move_hours(${orgId}), fold_assignee_open_tasks(${orgId})`);
  await db.execute(sql`select journey_map_fold(${orgId})`);
}

/** Folds every organization's counts, one transaction each, so no fold holds another organization's rows. */
export async function foldAllStageEventCounts(db: Db): Promise<void> {
  for (const { id } of await db.select({ id: organizations.id }).from(organizations)) await foldStageEventCounts(db, id);
}
