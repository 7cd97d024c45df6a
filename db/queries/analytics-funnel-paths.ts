import "server-only";
import { sql } from "drizzle-orm";
import type { LevelRow } from "@/core/analytics/funnel-math";
import type { FunnelQuery, StageDef } from "@/core/analytics/types";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { breakdownValue, cutoffOf, midnight } from "./analytics-funnel-sql";

interface PathFunnelQuery extends FunnelQuery {
  orgId: string;
  timeZone: string;
  /** The journey's live stages in position order: what the stored paths run along. */
  funnel: readonly StageDef[];
}

/**
 * A `cohort=created` funnel read from funnel_paths (db/schema/analytics-funnel-paths.ts): the
 * cohort is a range of journey starts, and each customer reached as many stages as their stored
 * path has entries before the end of what counts (the window's end, the asOf cutoff, or never).
 * Paths hold microseconds, so "before `end`" is "at or before `end` − 1 µs", which `width_bucket`
 * counts on the sorted list.
 */
export async function levelsFromPaths(db: Db, q: PathFunnelQuery): Promise<LevelRow[]> {
  const cutoff = cutoffOf(q.asOf, q.timeZone);
  const end = q.windowDays ? sql`least(p.started_at + interval '24 hours' * ${q.windowDays}::int, ${cutoff})` : cutoff;
  const path = q.order === "strict" ? sql`p.strict_at` : sql`p.any_at`;
  const rows = await queryRows<{ value: string | null; reached: number; customers: number }>(
    db,
    sql`select ${breakdownValue(q.breakdown, "p")} as value,
          width_bucket(${end} - interval '1 microsecond', ${path}) as reached, count(*)::int as customers
        from funnel_paths p
        where p.org_id = ${q.orgId} and p.journey = ${q.journey}
          and p.started_at >= ${midnight(q.from, q.timeZone)} and p.started_at < least(${midnight(q.to, q.timeZone)}, ${cutoff})
          ${q.channel ? sql`and p.channel = ${q.channel}` : sql``}
          ${q.ownerId ? sql`and p.owner_id = ${q.ownerId}::uuid` : sql``}
        group by 1, 2`,
  );
  // order=any counts a level by stage position (funnel-math's LevelRow): the position of the last stage reached.
  return rows.map(({ value, reached, customers }) => ({
    value,
    customers,
    level: q.order === "strict" ? reached : (q.funnel[reached - 1]?.position ?? null),
  }));
}

export interface StoredPath {
  customerId: string;
  journey: string;
  startedAt: string;
  channel: string;
  ownerId: string | null;
  strictAt: string;
  anyAt: string;
}

const pathColumns = sql`customer_id::text as "customerId", journey, started_at::text as "startedAt", channel,
  owner_id::text as "ownerId", strict_at::text as "strictAt", any_at::text as "anyAt"`;

/** The stored paths of an organization, in key order (for tests and checks). */
export async function storedPaths(db: Db, { orgId }: { orgId: string }): Promise<StoredPath[]> {
  return queryRows<StoredPath>(db, sql`select ${pathColumns} from funnel_paths where org_id = ${orgId} order by 1, 2`);
}

/** The paths of an organization computed from stage_events now, in the same form. */
export async function pathsFromScratch(db: Db, { orgId }: { orgId: string }): Promise<StoredPath[]> {
  return queryRows<StoredPath>(
    db,
    sql`select ${pathColumns}
        from funnel_paths_compute(${orgId}::uuid, array(select id from customers where org_id = ${orgId}))
        order by 1, 2`,
  );
}

/** Whether the organization's paths follow its current stage order (else a rebuild is pending). */
export async function pathsFollowStageOrder(db: Db, { orgId }: { orgId: string }): Promise<boolean> {
  const [row] = await queryRows<{ current: boolean }>(
    db,
    sql`select exists (
          select from funnel_path_stage_orders o where o.org_id = ${orgId} and o.stage_order = funnel_path_stage_order(${orgId}::uuid)
        ) as current`,
  );
  return row?.current ?? false;
}
