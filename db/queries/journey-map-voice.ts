import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Channel } from "@/core/constants";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight } from "./analytics-funnel-sql";
import { ownedBy, stagesRelation, type JourneyMapScope } from "./journey-map-sql";

/*
 * What customers did and said while in each stage: touchpoints and feedback by the stage the
 * journey map's rule attributes them to, which triggers keep on the rows (`attributed_stage`,
 * db/sql/journey-map.sql).
 */

export interface ChannelRow {
  key: string;
  channel: Channel;
  count: number;
}

export interface NpsRow {
  key: string;
  /** true: `[from, to)`; false: the period it is compared with, `[previousFrom, previousTo)`. */
  current: boolean;
  promoters: number;
  detractors: number;
  responses: number;
}

export interface QuoteRow {
  key: string;
  kind: "promoter" | "detractor";
  customerId: string;
  customerName: string;
  score: number;
  comment: string;
  at: Date | string;
}

interface Range {
  from: string;
  to: string;
  timeZone: string;
}

/** Touchpoints in `[from, to)` per attributed stage and channel (an index-only range scan of `touchpoints_org_at_idx`). */
export async function listStageChannels(db: Db, scope: JourneyMapScope, range: Range): Promise<ChannelRow[]> {
  const { orgId, ownerId } = scope;
  return queryRows<ChannelRow>(
    db,
    sql`with js as (${stagesRelation(scope.stages)})
      select t.attributed_stage as key, t.channel, count(*)::int as count
      from touchpoints t
      where t.org_id = ${orgId} and t.at >= ${midnight(range.from, range.timeZone)} and t.at < ${midnight(range.to, range.timeZone)}
        and t.attributed_stage in (select key from js) ${ownedBy(orgId, ownerId, "t")}
      group by 1, 2`,
  );
}

/** CTEs `js` and `feedback_in`: the feedback at `[from, to)` that belongs to a stage of the journey, with its `key`. */
function withStageFeedback(scope: JourneyMapScope, from: SQL, to: SQL): SQL {
  const { orgId, ownerId } = scope;
  return sql`with js as (${stagesRelation(scope.stages)}),
    feedback_in as (
      select f.attributed_stage as key, f.customer_id, f.at, f.id, f.score, f.comment from feedback f
      where f.org_id = ${orgId} and f.at >= ${from} and f.at < ${to} and f.attributed_stage in (select key from js) ${ownedBy(orgId, ownerId, "f")}
    )`;
}

/**
 * Promoters (9–10), detractors (0–6) and responses per attributed stage, in the range and in the
 * period it is compared with, which ends at or before the range starts (core/analytics/periods.ts).
 */
export async function listStageNps(db: Db, scope: JourneyMapScope, range: Range & { previousFrom: string; previousTo: string }): Promise<NpsRow[]> {
  const [P, PT, F, T] = [range.previousFrom, range.previousTo, range.from, range.to].map((d) => midnight(d, range.timeZone)) as [SQL, SQL, SQL, SQL];
  return queryRows<NpsRow>(
    db,
    sql`${withStageFeedback(scope, P, T)}
      select key, at >= ${F} as current, count(*) filter (where score >= 9)::int as promoters,
        count(*) filter (where score <= 6)::int as detractors, count(*)::int as responses
      from feedback_in where at >= ${F} or at < ${PT} group by 1, 2`,
  );
}

/** Per stage, the `limit` newest promoter and detractor feedbacks in the range that have a comment. */
export async function listStageQuotes(db: Db, scope: JourneyMapScope, range: Range & { limit: number }): Promise<QuoteRow[]> {
  return queryRows<QuoteRow>(
    db,
    sql`${withStageFeedback(scope, midnight(range.from, range.timeZone), midnight(range.to, range.timeZone))},
      ranked as (
        select f.*, case when f.score >= 9 then 'promoter' else 'detractor' end as kind,
          row_number() over (partition by f.key, f.score >= 9 order by f.at desc, f.id desc) as n
        from feedback_in f where (f.score >= 9 or f.score <= 6) and f.comment ~ '[^[:space:]]'
      )
      select r.key, r.kind, r.customer_id as "customerId", c.name as "customerName", r.score, r.comment, r.at
      from ranked r join customers c on c.org_id = ${scope.orgId} and c.id = r.customer_id
      where r.n <= ${range.limit}
      order by r.key, r.kind, r.at desc, r.id desc`,
  );
}
