import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { LevelRow } from "@/core/analytics/funnel-math";
import type { FunnelQuery, StageDef } from "@/core/analytics/types";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { breakdownValue, cutoffOf, eventOrder, joinCustomers, midnight } from "./analytics-funnel-sql";

interface HistoryFunnelQuery extends FunnelQuery {
  orgId: string;
  timeZone: string;
  /** The funnel's stages in order (strict mode chains them). */
  funnel: readonly StageDef[];
}

/**
 * Any funnel mode computed from stage_events, following tests/support/reference/funnel.ts step by
 * step: each customer's ordered events under `asOf` with the next event's time; then, per customer
 * (window passes, no self-joins), the cohort entry t0 and membership; the counted events; a level.
 * What `cohort=active` reads; `cohort=created` reads the pre-aggregates (analytics-funnel.ts), and
 * this is their computation from scratch in the tests.
 */
export async function levelsFromHistory(db: Db, q: HistoryFunnelQuery): Promise<LevelRow[]> {
  const F = midnight(q.from, q.timeZone);
  const T = midnight(q.to, q.timeZone);
  const cutoff = cutoffOf(q.asOf, q.timeZone);
  const member = q.cohort === "created" ? sql`t0 >= ${F} and t0 < ${T}` : sql`active`;
  const windowEnd = q.windowDays ? sql`and at < t0 + interval '24 hours' * ${q.windowDays}::int` : sql``;
  return queryRows<LevelRow>(
    db,
    sql`with
      ev as (
        select e.customer_id, e.to_key, e.at, st.position, st.journey = ${q.journey} as in_journey,
          ${breakdownValue(q.breakdown, "c")} as value,
          lead(e.at) over (partition by e.customer_id order by ${eventOrder}) as next_at
        from stage_events e
        ${joinCustomers(q.orgId, q)}
        left join stages st on st.org_id = e.org_id and st.key = e.to_key
        where e.org_id = ${q.orgId} and e.at < ${cutoff}
      ),
      marked as (
        select *,
          min(at) filter (where in_journey) over (partition by customer_id) as t0,
          coalesce(bool_or(in_journey and greatest(at, ${F}) < least(coalesce(next_at, 'infinity'::timestamptz), ${T}))
            over (partition by customer_id), false) as active
        from ev
      ),
      counted as (
        select customer_id, value, to_key, at, position from marked
        where t0 is not null and ${member} and at >= t0 ${windowEnd}
      ),
      ${q.order === "any" ? anyLevels() : strictLevels(q.funnel)}
      select value, level, count(*)::int as customers from levels group by 1, 2`,
  );
}

function anyLevels(): SQL {
  return sql`levels as (select customer_id, value, max(position) as level from counted group by 1, 2)`;
}

/**
 * PostHog's sequential funnel: step i takes the earliest entry into stage i no earlier than step
 * i − 1, one window pass per step over the customer's counted events.
 */
function strictLevels(funnel: readonly StageDef[]): SQL {
  const steps = funnel.map((stage, i) => {
    const previous = i === 0 ? sql`counted` : sql.raw(`s${i - 1}`);
    const after = i === 0 ? sql`` : sql.raw(`and at >= t${i - 1}`);
    return sql`${sql.raw(`s${i}`)} as (
      select *, min(at) filter (where to_key = ${stage.key} ${after}) over (partition by customer_id) as ${sql.raw(`t${i}`)}
      from ${previous})`;
  });
  const last = funnel.length === 0 ? sql`counted` : sql.raw(`s${funnel.length - 1}`);
  const level = funnel.length === 0 ? sql`0` : sql.raw(funnel.map((_, i) => `(t${i} is not null)::int`).join(" + "));
  return sql.join([...steps, sql`levels as (select distinct customer_id, value, ${level} as level from ${last})`], sql`, `);
}
