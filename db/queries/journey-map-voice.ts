import "server-only";
import { sql } from "drizzle-orm";
import type { Channel } from "@/core/constants";
import type { Db } from "../client";
import { queryRows } from "../sql";
import { midnight } from "./analytics-funnel-sql";
import { daysOf, ownedBy, stageKeys, type JourneyMapScope } from "./journey-map-sql";

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

/** Touchpoints in `[from, to)` per attributed stage and channel (journey_map_days, kind `touch`). */
export async function listStageChannels(db: Db, scope: JourneyMapScope, range: Range): Promise<ChannelRow[]> {
  return queryRows<ChannelRow>(
    db,
    sql`select key, label as channel, sum(n)::int as count
      from (${daysOf(scope, ["touch"], sql`and d.day >= ${range.from}::date and d.day < ${range.to}::date`)}) days
      group by 1, 2 having sum(n) <> 0`,
  );
}

/**
 * Promoters (9–10), detractors (0–6) and responses per attributed stage (kind `feedback`), in the range and
 * in the period it is compared with, which ends at or before the range starts (core/analytics/periods.ts).
 */
export async function listStageNps(db: Db, scope: JourneyMapScope, range: Range & { previousFrom: string; previousTo: string }): Promise<NpsRow[]> {
  const inPeriods = sql`and ((d.day >= ${range.previousFrom}::date and d.day < ${range.previousTo}::date)
    or (d.day >= ${range.from}::date and d.day < ${range.to}::date))`;
  return queryRows<NpsRow>(
    db,
    sql`select key, day >= ${range.from}::date as current,
        coalesce(sum(n) filter (where label = 'promoter'), 0)::int as promoters,
        coalesce(sum(n) filter (where label = 'detractor'), 0)::int as detractors, sum(n)::int as responses
      from (${daysOf(scope, ["feedback"], inPeriods)}) days
      group by 1, 2 having sum(n) <> 0`,
  );
}

/**
 * Per stage, the `limit` newest promoter and detractor feedbacks in the range that have a comment:
 * for each stage and band, the first rows of `feedback_journey_quotes_idx` before `to`. The order
 * is the index's (nulls last, though none are null) so the walk stops at the limit instead of
 * sorting the range's rows, as the sales scope's owner check would otherwise make it.
 */
export async function listStageQuotes(db: Db, scope: JourneyMapScope, range: Range & { limit: number }): Promise<QuoteRow[]> {
  const { orgId, ownerId } = scope;
  return queryRows<QuoteRow>(
    db,
    sql`select js.key, q.kind, q.customer_id as "customerId", c.name as "customerName", q.score, q.comment, q.at
      from unnest(${stageKeys(scope.stages)}) as js(key)
      cross join (values ('promoter'), ('detractor')) as band(kind)
      cross join lateral (
        select band.kind, f.customer_id, f.score, f.comment, f.at, f.id from feedback f
        where f.org_id = ${orgId} and f.attributed_stage = js.key and journey_map_score_band(f.score) = band.kind
          and f.comment ~ '[^[:space:]]' and f.at >= ${midnight(range.from, range.timeZone)} and f.at < ${midnight(range.to, range.timeZone)}
          ${ownedBy(orgId, ownerId, "f")}
        order by f.at desc nulls last, f.id desc nulls last limit ${range.limit}
      ) q
      join customers c on c.org_id = ${orgId} and c.id = q.customer_id
      order by js.key, q.kind, q.at desc, q.id desc`,
  );
}
