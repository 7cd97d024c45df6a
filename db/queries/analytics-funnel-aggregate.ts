import "server-only";
import { sql } from "drizzle-orm";
import type { LevelRow } from "@/core/analytics/funnel-math";
import type { Breakdown, CustomerFilters, LocalDate } from "@/core/analytics/types";
import type { Db } from "../client";
import { NO_OWNER, type Journey } from "../schema";
import { queryRows } from "../sql";

interface AggregateQuery extends CustomerFilters {
  orgId: string;
  journey: Journey;
  from: LocalDate;
  to: LocalDate;
  breakdown?: Breakdown;
}

/**
 * The default funnel (cohort=created, order=any, no window, no asOf) read from funnel_cohort_days:
 * cohort days are local dates, so `[from, to)` selects whole rows. Rows are first summed per
 * distinct reached-key set, then each set's level is its highest stage position (current positions,
 * so a reorder needs no rebuild).
 */
export async function levelsFromAggregate(db: Db, q: AggregateQuery): Promise<LevelRow[]> {
  const value =
    q.breakdown === "channel" ? sql`channel` : q.breakdown === "owner" ? sql`nullif(owner_id, ${NO_OWNER}::uuid)::text` : sql`null::text`;
  return queryRows<LevelRow>(
    db,
    sql`with sets as (
          select ${value} as value, reached_keys, sum(customers)::int as customers
          from funnel_cohort_days
          where org_id = ${q.orgId} and journey = ${q.journey}
            and cohort_day >= ${q.from}::date and cohort_day < ${q.to}::date
            ${q.channel ? sql`and channel = ${q.channel}` : sql``}
            ${q.ownerId ? sql`and owner_id = ${q.ownerId}::uuid and owner_id <> ${NO_OWNER}::uuid` : sql``}
          group by 1, 2
        )
        select value,
          (select max(s.position) from unnest(sets.reached_keys) as k(key)
             join stages s on s.org_id = ${q.orgId} and s.key = k.key) as level,
          sum(customers)::int as customers
        from sets
        group by 1, 2`,
  );
}

export interface AggregateRow {
  journey: string;
  cohortDay: string;
  channel: string;
  ownerId: string;
  reachedKeys: string;
  customers: number;
}

const rowColumns = sql`journey, cohort_day::text as "cohortDay", channel, owner_id::text as "ownerId",
  array_to_string(reached_keys, ',') as "reachedKeys", customers`;

/** The stored aggregate of an organization, in key order (for tests and checks). */
export async function storedAggregate(db: Db, { orgId }: { orgId: string }): Promise<AggregateRow[]> {
  return queryRows<AggregateRow>(db, sql`select ${rowColumns} from funnel_cohort_days where org_id = ${orgId} order by 1, 2, 3, 4, 5`);
}

/** The aggregate of an organization computed from stage_events now, in the same form. */
export async function aggregateFromScratch(db: Db, { orgId }: { orgId: string }): Promise<AggregateRow[]> {
  return queryRows<AggregateRow>(db, sql`select ${rowColumns} from funnel_cohort_days_scratch(${orgId}::uuid) order by 1, 2, 3, 4, 5`);
}
