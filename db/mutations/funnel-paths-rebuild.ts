import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";

/**
 * Rebuilds, in batches of customers, the funnel paths of every organization whose stage order changed
 * while it was too large to rebuild in the stage edit's transaction (db/sql/funnel-paths.sql,
 * funnel_paths_follow_stage_order). Until it has, that organization's funnels compute from stage_events.
 * Returns how many organizations it brought up to date.
 */
export async function rebuildStaleFunnelPaths(db: Db, batchSize = 5000): Promise<number> {
  const stale = await queryRows<{ orgId: string; stageOrder: string }>(
    db,
    sql`select o.id as "orgId", cur.stage_order as "stageOrder"
        from organizations o
        cross join lateral (select funnel_path_stage_order(o.id) as stage_order) cur
        left join funnel_path_stage_orders p on p.org_id = o.id
        where cur.stage_order is distinct from p.stage_order and cur.stage_order is not null`,
  );
  let rebuilt = 0;
  for (const { orgId, stageOrder } of stale) {
    let after: string | null = null;
    do {
      const rows: { last: string | null }[] = await queryRows<{ last: string | null }>(
        db,
        sql`select funnel_paths_rebuild_batch(${orgId}::uuid, ${after}::uuid, ${batchSize}::int)::text as last`,
      );
      after = rows[0]?.last ?? null;
    } while (after);
    const [marked] = await queryRows<{ current: boolean | null }>(db, sql`select funnel_paths_mark_current(${orgId}::uuid, ${stageOrder}) as current`);
    if (marked?.current) rebuilt += 1;
  }
  return rebuilt;
}
