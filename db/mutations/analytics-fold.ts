import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { organizations } from "../schema";

/** The tables appended to by triggers and folded by `fold_appended_counts`: their key and summed columns. */
const appendedCounts = [
  { table: "customer_stage_counts", keys: ["owner_id", "stage_key", "lost"], counters: ["customers", "purchases_minor"] },
  { table: "owner_move_hours", keys: ["owner_id", "hour"], counters: ["moves"] },
  { table: "assignee_open_tasks", keys: ["assignee_id"], counters: ["tasks"] },
] as const;

const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

/**
 * Merges the counts the moves appended into one row per key: the stage-event counts (migration
 * 0014), the appended-count tables above and the journey map's per-day counts (journey_map_days).
 * Readers sum every row, folded or not, so this only keeps the tables small and may run beside them.
 */
async function foldStageEventCounts(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select fold_stage_event_counts(${orgId})`);
  for (const { table, keys, counters } of appendedCounts) {
    await db.execute(sql`select fold_appended_counts(${orgId}::uuid, ${table}, ${textArray(keys)}, ${textArray(counters)})`);
  }
  await db.execute(sql`select journey_map_fold(${orgId})`);
}

/** Folds every organization's counts, one transaction each, so no fold holds another organization's rows. */
export async function foldAllStageEventCounts(db: Db): Promise<void> {
  for (const { id } of await db.select({ id: organizations.id }).from(organizations)) await foldStageEventCounts(db, id);
}
