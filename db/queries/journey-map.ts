import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight } from "./analytics-funnel-sql";
import { ownedBy, stateBefore, stagesRelation, type JourneyMapScope } from "./journey-map-sql";

export interface StageCountRow {
  key: string;
  entered: number;
  converted: number;
  present: number;
  current: number;
}

export interface LostRow {
  key: string;
  reason: string | null;
  count: number;
}

export interface MapRange {
  from: string;
  to: string;
  timeZone: string;
}

/**
 * Per stage of the journey: customers who entered it in `[from, to)`; of them, those who later (in
 * event order, before `to`) entered a stage of a greater position; customers in it at some time in
 * the range (in it just before `from`, or entered it in the range); customers in it now. Reads the
 * range's events and the customer rows only (see `stateBefore`).
 */
export async function listStageCounts(db: Db, scope: JourneyMapScope, range: MapRange): Promise<StageCountRow[]> {
  const { orgId, ownerId } = scope;
  const F = midnight(range.from, range.timeZone);
  const T = midnight(range.to, range.timeZone);
  const owned = ownerId ? sql`and c.owner_id = ${ownerId}::uuid` : sql``;
  return queryRows<StageCountRow>(
    db,
    sql`with
      js as (${stagesRelation(scope.stages)}),
      ranked as (
        select e.customer_id, e.to_key, js.position,
          max(js.position) over (partition by e.customer_id order by e.at, e.recorded_at, e.id rows between 1 following and unbounded following) as later,
          row_number() over (partition by e.customer_id, e.to_key order by e.at, e.recorded_at, e.id) as n
        from stage_events e left join js on js.key = e.to_key
        where e.org_id = ${orgId} and e.at >= ${F} and e.at < ${T} ${ownedBy(orgId, ownerId, "e")}
      ),
      firsts as (select * from ranked where n = 1 and position is not null),
      base as (${stateBefore(scope, F)}),
      present as (select to_key as key, customer_id from firsts union select key, customer_id from base),
      entries as (select to_key as key, count(*)::int as entered, count(*) filter (where later > position)::int as converted from firsts group by 1),
      presence as (select key, count(*)::int as n from present group by 1),
      now as (
        select c.stage_key as key, count(*)::int as n, count(*) filter (where c.stage_entered_at < ${F})::int as idle from customers c
        where c.org_id = ${orgId} and not c.lost and c.stage_key in (select key from js) ${owned} group by 1
      )
      select js.key, coalesce(en.entered, 0) as entered, coalesce(en.converted, 0) as converted,
        coalesce(p.n, 0) + coalesce(now.idle, 0) as present, coalesce(now.n, 0) as current
      from js left join entries en on en.key = js.key left join presence p on p.key = js.key left join now on now.key = js.key`,
  );
}

/** Moves from a stage of the journey to `lost` in `[from, to)`, counted per stage and reason. */
export async function listLostMoves(db: Db, scope: JourneyMapScope, range: MapRange): Promise<LostRow[]> {
  const { orgId, ownerId } = scope;
  return queryRows<LostRow>(
    db,
    sql`with js as (${stagesRelation(scope.stages)})
      select e.from_key as key, e.reason, count(*)::int as count
      from stage_events e join js on js.key = e.from_key
      where e.org_id = ${orgId} and e.to_key = 'lost'
        and e.at >= ${midnight(range.from, range.timeZone)} and e.at < ${midnight(range.to, range.timeZone)}
        ${ownedBy(orgId, ownerId, "e")}
      group by 1, 2`,
  );
}
