import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight, millisBetween } from "./analytics-funnel-sql";
import { stageKeys, type JourneyMapScope } from "./journey-map-sql";
import type { MapRange } from "./journey-map";

export interface StageDaysRow {
  key: string;
  median: number | null;
  p90: number | null;
}

const DAY = sql`86400000::float8`;

/**
 * The funnel's time in stage, latest visit (db/queries/analytics-funnel-times.ts): a customer's last
 * visit to a stage that ended in `[from, to)` is a visit of journey_map_visits that ended in the
 * range and whose next visit to the stage did not end before `to` — a range of
 * `journey_map_visits_exit_idx`. Durations in exact milliseconds before the one division, as
 * there, so both agree to the last bit.
 */
export async function listStageDays(db: Db, scope: JourneyMapScope, range: MapRange): Promise<StageDaysRow[]> {
  const F = midnight(range.from, range.timeZone);
  const T = midnight(range.to, range.timeZone);
  const owned = scope.ownerId ? sql`and v.owner_id = ${scope.ownerId}::uuid` : sql``;
  return queryRows<StageDaysRow>(
    db,
    sql`select key,
        percentile_cont(0.5) within group (order by ms / ${DAY}) as median,
        percentile_cont(0.9) within group (order by ms / ${DAY}) as p90
      from (
        select v.stage_key as key, (${millisBetween(sql`v.exit_at`, sql`v.entered_at`)})::float8 as ms
        from journey_map_visits v
        where v.org_id = ${scope.orgId} and v.stage_key = any(${stageKeys(scope.stages)})
          and v.exit_at >= ${F} and v.exit_at < ${T} and (v.next_exit_at is null or v.next_exit_at >= ${T}) ${owned}
      ) visits group by 1`,
  );
}
