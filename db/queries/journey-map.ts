import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight } from "./analytics-funnel-sql";
import { ownedBy, stagesRelation, type JourneyMapScope } from "./journey-map-sql";

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

interface Range {
  from: string;
  to: string;
  timeZone: string;
}

/**
 * Per stage of the journey: customers who entered it in `[from, to)`; of them, those who later (in
 * event order, before `to`) entered a stage of a greater position; customers in it at some time in
 * the range (in it just before `from`, or entered it in the range); customers in it now.
 */
export async function listStageCounts(db: Db, scope: JourneyMapScope, range: Range): Promise<StageCountRow[]> {
  const { orgId, ownerId } = scope;
  const F = midnight(range.from, range.timeZone);
  const T = midnight(range.to, range.timeZone);
  return queryRows<StageCountRow>(
    db,
    sql`with
      js as (${stagesRelation(scope.stages)}),
      ev as (
        select e.customer_id, e.to_key, e.at, e.recorded_at, e.id from stage_events e
        where e.org_id = ${orgId} and e.at >= ${F} and e.at < ${T} ${ownedBy(orgId, ownerId, "e")}
      ),
      firsts as (
        select distinct on (ev.customer_id, ev.to_key) ev.*, js.position from ev join js on js.key = ev.to_key
        order by ev.customer_id, ev.to_key, ev.at, ev.recorded_at, ev.id
      ),
      before as (
        select distinct on (e.customer_id) e.customer_id, e.to_key from stage_events e
        where e.org_id = ${orgId} and e.at < ${F} ${ownedBy(orgId, ownerId, "e")}
        order by e.customer_id, e.at desc, e.recorded_at desc, e.id desc
      ),
      present as (select to_key, customer_id from firsts union select to_key, customer_id from before)
      select js.key,
        (select count(*) from firsts f where f.to_key = js.key)::int as entered,
        (select count(*) from firsts f where f.to_key = js.key and exists (
          select 1 from ev n join js later on later.key = n.to_key
          where n.customer_id = f.customer_id and later.position > f.position
            and (n.at, n.recorded_at, n.id) > (f.at, f.recorded_at, f.id)))::int as converted,
        (select count(*) from present p where p.to_key = js.key)::int as present,
        (select count(*) from customers c where c.org_id = ${orgId} and c.stage_key = js.key and not c.lost
          ${ownerId ? sql`and c.owner_id = ${ownerId}::uuid` : sql``})::int as current
      from js`,
  );
}

/** Moves from a stage of the journey to `lost` in `[from, to)`, counted per stage and reason. */
export async function listLostMoves(db: Db, scope: JourneyMapScope, range: Range): Promise<LostRow[]> {
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
