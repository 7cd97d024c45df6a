import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";

/**
 * Merges the stage-event counts the moves appended into one row per key (migration 0014). Readers
 * sum every row, folded or not, so this only keeps the tables small and may run beside them.
 */
export async function foldStageEventCounts(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select fold_stage_event_counts(${orgId})`);
}
