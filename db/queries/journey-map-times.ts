import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight } from "./analytics-funnel-sql";
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
 * range and whose next visit to the stage did not end before `to`. Those are the range's `stay`
 * counts by duration bucket (the visits no later visit followed yet) and the few visits whose next
 * visit ended at or after `to` (`later`, none for a range that ends today). Running sums of the
 * buckets name the ones that hold the ranks `percentile_cont` reads — ⌊p(N−1)⌋ and ⌈p(N−1)⌉ —
 * and only those buckets' visits are read, from `journey_map_visits_stay_idx`, and sorted by
 * `exit − entry`. The organization's view counts `stay_all` (one row per day and bucket), a sales
 * user's `stay` (their own rows). A rank's duration is the funnel's exact milliseconds (the
 * interval's epoch is the difference of the two instants' epochs) over a day in float8, and the
 * interpolation is percentile_cont's own (`lo + (hi − lo) · fraction`), so both agree to the last bit.
 */
export async function listStageDays(db: Db, scope: JourneyMapScope, range: MapRange): Promise<StageDaysRow[]> {
  const F = midnight(range.from, range.timeZone);
  const T = midnight(range.to, range.timeZone);
  const { orgId, ownerId } = scope;
  const keys = stageKeys(scope.stages);
  const owned = (alias: string) => (ownerId ? sql`and ${sql.raw(alias)}.owner_id = ${ownerId}::uuid` : sql``);
  const bucket = sql`journey_map_duration_bucket(v.entered_at, v.exit_at)`;
  return queryRows<StageDaysRow>(
    db,
    sql`with later as materialized (
        select v.stage_key as key, ${bucket} as bucket, v.exit_at, v.entered_at from journey_map_visits v
        where v.org_id = ${orgId} and v.stage_key = any(${keys}) and v.next_exit_at >= ${T}
          and v.exit_at >= ${F} and v.exit_at < ${T} ${owned("v")}
      ),
      buckets as (
        select key, bucket, sum(n)::bigint as n from (
          select d.stage_key as key, d.label::int as bucket, d.n from journey_map_days d
          where d.org_id = ${orgId} ${owned("d")} and d.kind = ${ownerId ? "stay" : "stay_all"} and d.stage_key = any(${keys})
            and d.day >= ${range.from}::date and d.day < ${range.to}::date
          union all select key, bucket, 1 from later
        ) c group by 1, 2 having sum(n) <> 0
      ),
      running as (
        select key, bucket, n, sum(n) over (partition by key order by bucket) - n as before, sum(n) over (partition by key) as total from buckets
      ),
      totals as (select distinct key, total from running),
      percentiles as (
        select t.key, p.p, p.p * (t.total - 1)::float8 as h from totals t cross join (values (0.5::float8), (0.9::float8)) as p(p)
      ),
      ranks as (
        select key, floor(h)::bigint as rank from percentiles union select key, ceil(h)::bigint from percentiles
      ),
      wanted as (
        select distinct w.key, w.bucket, w.before from running w join ranks r on r.key = w.key and r.rank >= w.before and r.rank < w.before + w.n
      ),
      sorted as (
        select w.key, w.before, s.spans from wanted w cross join lateral (
          select array_agg(x.span order by x.span) as spans from (
            select v.exit_at - v.entered_at as span from journey_map_visits v
            where v.org_id = ${orgId} and v.stage_key = w.key and ${bucket} = w.bucket
              and v.exit_at is not null and v.next_exit_at is null and v.exit_at >= ${F} and v.exit_at < ${T} ${owned("v")}
            union all select l.exit_at - l.entered_at from later l where l.key = w.key and l.bucket = w.bucket
          ) x
        ) s
      ),
      picked as (
        select r.key, r.rank, (extract(epoch from s.spans[r.rank - s.before + 1]) * 1000)::float8 / ${DAY} as days
        from ranks r join sorted s on s.key = r.key and r.rank >= s.before and r.rank < s.before + cardinality(s.spans)
      ),
      interpolated as (
        select p.key, p.p, lo.days + (hi.days - lo.days) * (p.h - floor(p.h)) as days from percentiles p
        join picked lo on lo.key = p.key and lo.rank = floor(p.h)
        join picked hi on hi.key = p.key and hi.rank = ceil(p.h)
      )
      select key, max(days) filter (where p = 0.5) as median, max(days) filter (where p = 0.9) as p90
      from interpolated group by key`,
  );
}
