import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight } from "./analytics-funnel-sql";
import { daysOf, stageKeys, type JourneyMapScope } from "./journey-map-sql";
import type { MapRange } from "./journey-map";

export interface StageDaysRow {
  key: string;
  median: number | null;
  p90: number | null;
}

/**
 * The funnel's time in stage, latest visit (db/queries/analytics-funnel-times.ts), exactly as its
 * `percentile_cont` gives it, without reading the range's visits. A customer's last visit to a
 * stage that ended in `[from, to)` is one of journey_map_visits that ended in the range and whose
 * next visit to the stage did not end before `to`:
 * - those whose next visit has not ended are counted by exit day and duration bucket (`stay`,
 *   `stay_all` of journey_map_days); those whose next visit ended at or after `to` are read (`later`:
 *   none when the range ends today);
 * - running sums over the buckets name the ones holding the ranks `percentile_cont` interpolates
 *   between (`floor` and `ceil` of p·(N − 1)), and only those buckets' visits are read, in order,
 *   from journey_map_visits_stay_idx;
 * - days are exact milliseconds over one division and interpolated as `percentile_cont` does
 *   (`lo + (hi − lo) · fraction`), so both agree to the last bit.
 */
export async function listStageDays(db: Db, scope: JourneyMapScope, range: MapRange): Promise<StageDaysRow[]> {
  const F = midnight(range.from, range.timeZone);
  const T = midnight(range.to, range.timeZone);
  const owned = scope.ownerId ? sql`and v.owner_id = ${scope.ownerId}::uuid` : sql``;
  const counted = daysOf(scope, [scope.ownerId ? "stay" : "stay_all"], sql`and d.day >= ${range.from}::date and d.day < ${range.to}::date`);
  return queryRows<StageDaysRow>(
    db,
    sql`with later as (
        select v.stage_key as key, v.exit_at - v.entered_at as span, journey_map_duration_bucket(v.entered_at, v.exit_at) as bucket
        from journey_map_visits v
        where v.org_id = ${scope.orgId} and v.stage_key = any(${stageKeys(scope.stages)})
          and v.next_exit_at >= ${T} and v.exit_at >= ${F} and v.exit_at < ${T} ${owned}
      ),
      buckets as (
        select key, bucket, sum(n)::bigint as n from (
          select c.key, c.label::int as bucket, c.n from (${counted}) c
          union all select key, bucket, 1 from later
        ) b group by 1, 2 having sum(n) > 0
      ),
      spread as (
        select key, bucket, n, (sum(n) over (partition by key order by bucket))::bigint - n as before, (sum(n) over (partition by key))::bigint as total
        from buckets
      ),
      ranks as (
        select distinct s.key, p.p, p.p * (s.total - 1) as h
        from spread s cross join (values (0.5::float8), (0.9::float8)) p(p)
      ),
      wanted as (
        select r.key, r.p, r.h, end_.lower, s.bucket, (end_.rank - s.before + 1)::int as place
        from ranks r
        cross join lateral (values (true, floor(r.h)::bigint), (false, ceil(r.h)::bigint)) end_(lower, rank)
        join spread s on s.key = r.key and end_.rank >= s.before and end_.rank < s.before + s.n
      ),
      read as materialized (
        select w.key, w.bucket, (
          select array_agg(span order by span) from (
            ${bucketSpans(scope, F, T, owned)}
            union all select l.span from later l where l.key = w.key and l.bucket = w.bucket
          ) s
        ) as spans
        from (select distinct key, bucket from wanted) w
      ),
      ends as (
        select w.key, w.p, w.h, w.lower, ${days(sql`r.spans[w.place]`)} as days
        from wanted w join read r on r.key = w.key and r.bucket = w.bucket
      ),
      percentiles as (
        select key, p, lo + (hi - lo) * (h - floor(h)) as days from (
          select key, p, h, max(days) filter (where lower) as lo, max(days) filter (where not lower) as hi from ends group by 1, 2, 3
        ) e
      )
      select key, max(days) filter (where p = 0.5) as median, max(days) filter (where p = 0.9) as p90
      from percentiles group by 1`,
  );
}

/** The spans of the visits, in bucket `w.bucket` of stage `w.key`, that ended in the range and whose next visit has not ended. */
function bucketSpans(scope: JourneyMapScope, F: SQL, T: SQL, owned: SQL): SQL {
  return sql`select v.exit_at - v.entered_at as span from journey_map_visits v
    where v.org_id = ${scope.orgId} and v.stage_key = w.key and v.exit_at is not null and v.next_exit_at is null
      and journey_map_duration_bucket(v.entered_at, v.exit_at) = w.bucket and v.exit_at >= ${F} and v.exit_at < ${T} ${owned}`;
}

/** An interval in days as the funnel computes them: exact milliseconds as float8, divided once. */
const days = (span: SQL): SQL => sql`(extract(epoch from ${span}) * 1000)::float8 / 86400000::float8`;
