import "server-only";
import { sql } from "drizzle-orm";
import { funnelStages } from "@/core/analytics/funnel-math";
import type { RangeQuery, StageTime, TimeToConvert } from "@/core/analytics/types";
import type { Db } from "../client";
import { queryRows } from "../sql";
import type { AnalyticsContext } from "./analytics-funnel-context";
import { eventOrder, inList, joinCustomers, midnight, millisBetween } from "./analytics-funnel-sql";

const DAY = sql`86400000::float8`;

/**
 * Time in stage (tests/support/reference/history.ts timeInStageReference): visits that end in the
 * range, per customer the last completed visit and the sum of all completed visits, in days.
 * Durations are summed as exact milliseconds before the one division, so both engines and the
 * reference agree to the last bit.
 */
export async function timeInStage(db: Db, ctx: AnalyticsContext, q: RangeQuery): Promise<StageTime[]> {
  const keys = funnelStages(ctx.stages, q.journey).map((s) => s.key);
  const F = midnight(q.from, ctx.timeZone);
  const T = midnight(q.to, ctx.timeZone);
  const rows = await queryRows<{ key: string; customers: number; latestMedian: number | null; latestP90: number | null; cumulativeMedian: number | null; cumulativeP90: number | null }>(
    db,
    sql`with
      ev as (
        select e.customer_id, e.to_key, e.at, e.recorded_at, e.id,
          lead(e.at) over (partition by e.customer_id order by ${eventOrder}) as next_at
        from stage_events e
        ${joinCustomers(ctx.orgId, q)}
        where e.org_id = ${ctx.orgId} and e.customer_id in (
          select customer_id from stage_events where org_id = ${ctx.orgId} and at >= ${F} and at < ${T})
      ),
      visits as (
        select customer_id, to_key, next_at, ${millisBetween(sql`next_at`, sql`at`)} as ms, at, recorded_at, id
        from ev where next_at < ${T} and ${inList(sql`to_key`, keys)}
      ),
      per as (
        select customer_id, to_key, max(next_at) as last_exit, sum(ms)::float8 as total_ms,
          ((array_agg(ms order by at desc, recorded_at desc, id desc))[1])::float8 as last_ms
        from visits group by 1, 2
      )
      select to_key as key, count(*)::int as customers,
        percentile_cont(0.5) within group (order by last_ms / ${DAY}) as "latestMedian",
        percentile_cont(0.9) within group (order by last_ms / ${DAY}) as "latestP90",
        percentile_cont(0.5) within group (order by total_ms / ${DAY}) as "cumulativeMedian",
        percentile_cont(0.9) within group (order by total_ms / ${DAY}) as "cumulativeP90"
      from per where last_exit >= ${F}
      group by 1`,
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return keys.map((key) => {
    const r = byKey.get(key);
    return {
      key,
      customers: r?.customers ?? 0,
      latest: { median: r?.latestMedian ?? null, p90: r?.latestP90 ?? null },
      cumulative: { median: r?.cumulativeMedian ?? null, p90: r?.cumulativeP90 ?? null },
    };
  });
}

/** Days from the first acquisition event to entering the last acquisition stage (or a later one), for conversions in the range. */
export async function timeToConvert(db: Db, ctx: AnalyticsContext, q: Omit<RangeQuery, "journey">): Promise<TimeToConvert> {
  const target = funnelStages(ctx.stages, "acquisition").at(-1);
  if (!target) return { customers: 0, median: null, p90: null };
  const F = midnight(q.from, ctx.timeZone);
  const T = midnight(q.to, ctx.timeZone);
  const [row] = await queryRows<TimeToConvert>(
    db,
    sql`with
      ev as (
        select e.customer_id, e.at, st.position,
          min(e.at) filter (where st.journey = 'acquisition') over (partition by e.customer_id) as t0
        from stage_events e
        ${joinCustomers(ctx.orgId, q)}
        join stages st on st.org_id = e.org_id and st.key = e.to_key
        where e.org_id = ${ctx.orgId} and e.customer_id in (
          select e2.customer_id from stage_events e2
          join stages s2 on s2.org_id = e2.org_id and s2.key = e2.to_key
          where e2.org_id = ${ctx.orgId} and e2.at >= ${F} and e2.at < ${T} and s2.position >= ${target.position})
      ),
      conv as (
        select customer_id, max(t0) as t0, min(at) filter (where at >= t0 and position >= ${target.position}) as tc
        from ev where t0 is not null group by 1
      )
      select count(*)::int as customers,
        percentile_cont(0.5) within group (order by ${millisBetween(sql`tc`, sql`t0`)}::float8 / ${DAY}) as median,
        percentile_cont(0.9) within group (order by ${millisBetween(sql`tc`, sql`t0`)}::float8 / ${DAY}) as p90
      from conv where tc >= ${F} and tc < ${T}`,
  );
  return row ?? { customers: 0, median: null, p90: null };
}
