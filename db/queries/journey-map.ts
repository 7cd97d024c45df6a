import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { daysOf, type JourneyMapScope, type MapDays } from "./journey-map-sql";

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

export interface MapRange extends MapDays {
  timeZone: string;
}

/**
 * Per stage of the journey: customers who entered it in `[from, to)`; of them, those who later (in
 * event order, before `to`) entered a stage of a greater position; customers in it at some time in
 * the range; customers in it now. Sums of journey_map_days (the identities are written beside
 * journey_map_visit_counts, db/sql/journey-map-facts.sql): the range's days of the paired kinds,
 * and every day of the entries and exits.
 */
export async function listStageCounts(db: Db, scope: JourneyMapScope, range: MapRange): Promise<StageCountRow[]> {
  const f = sql`${range.from}::date`;
  const t = sql`${range.to}::date`;
  const sum = (cond: SQL) => sql`coalesce(sum(n) filter (where ${cond}), 0)::int`;
  return queryRows<StageCountRow>(
    db,
    sql`with days as (
        ${daysOf(scope, ["entry", "exit"], sql``)}
        union all ${daysOf(scope, ["reentry", "convert", "reconvert", "revisit"], sql`and d.day >= ${f} and d.day < ${t} and d.other_day < ${t}`)}
      )
      select key,
        ${sum(sql`kind = 'entry' and day >= ${f} and day < ${t}`)} - ${sum(sql`kind = 'reentry'`)} as entered,
        ${sum(sql`kind = 'convert'`)} - ${sum(sql`kind = 'reconvert'`)} as converted,
        ${sum(sql`kind = 'entry' and day < ${t}`)} - ${sum(sql`kind = 'exit' and day < ${f}`)} - ${sum(sql`kind = 'revisit'`)} as present,
        ${sum(sql`kind = 'entry'`)} - ${sum(sql`kind = 'exit'`)} as current
      from days group by key`,
  );
}

/** Moves from a stage of the journey to `lost` in `[from, to)`, counted per stage and reason. */
export async function listLostMoves(db: Db, scope: JourneyMapScope, range: MapRange): Promise<LostRow[]> {
  return queryRows<LostRow>(
    db,
    sql`select key, label as reason, sum(n)::int as count
      from (${daysOf(scope, ["lost"], sql`and d.day >= ${range.from}::date and d.day < ${range.to}::date`)}) days
      group by 1, 2 having sum(n) <> 0`,
  );
}
