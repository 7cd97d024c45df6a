import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight, millisBetween } from "./analytics-funnel-sql";
import { ownedBy, stagesRelation, type JourneyMapScope } from "./journey-map-sql";
import type { MapRange } from "./journey-map";

export interface StageDaysRow {
  key: string;
  median: number | null;
  p90: number | null;
}

const DAY = sql`86400000::float8`;

/**
 * The funnel's time in stage, latest visit (db/queries/analytics-funnel-times.ts), read from the
 * range alone: a customer's last visit to a stage that ended in `[from, to)` ends with their last
 * event of the range whose `from_key` is the stage, and began with the event before it. Durations
 * in exact milliseconds before the one division, as there, so both agree to the last bit.
 */
export async function listStageDays(db: Db, scope: JourneyMapScope, range: MapRange): Promise<StageDaysRow[]> {
  const { orgId, ownerId } = scope;
  return queryRows<StageDaysRow>(
    db,
    sql`with
      js as (${stagesRelation(scope.stages)}),
      exits as (
        select distinct on (e.customer_id, e.from_key) e.customer_id, e.from_key as key, e.at, e.recorded_at, e.id
        from stage_events e join js on js.key = e.from_key
        where e.org_id = ${orgId} and e.at >= ${midnight(range.from, range.timeZone)} and e.at < ${midnight(range.to, range.timeZone)}
          ${ownedBy(orgId, ownerId, "e")}
        order by e.customer_id, e.from_key, e.at desc, e.recorded_at desc, e.id desc
      ),
      visits as (
        select x.key, (${millisBetween(sql`x.at`, sql`entry.at`)})::float8 as ms
        from exits x
        join lateral (
          select p.at from stage_events p
          where p.org_id = ${orgId} and p.customer_id = x.customer_id and p.at <= x.at and (p.at, p.recorded_at, p.id) < (x.at, x.recorded_at, x.id)
          order by p.at desc, p.recorded_at desc, p.id desc limit 1
        ) entry on true
      )
      select key,
        percentile_cont(0.5) within group (order by ms / ${DAY}) as median,
        percentile_cont(0.9) within group (order by ms / ${DAY}) as p90
      from visits group by 1`,
  );
}
