import "server-only";
import { sql } from "drizzle-orm";
import type { CustomerFilters, FlowRow, LocalDate, RangeQuery, SnapshotRow } from "@/core/analytics/types";
import type { Db } from "../client";
import { queryRows } from "../sql";
import type { AnalyticsContext } from "./analytics-funnel-context";
import { cutoffOf, joinCustomers, midnight } from "./analytics-funnel-sql";

/** Customers per state (`lost` included) as of the end of a local date, from the history alone. */
export async function snapshot(db: Db, ctx: AnalyticsContext, q: CustomerFilters & { asOf: LocalDate }): Promise<SnapshotRow[]> {
  return queryRows<SnapshotRow>(
    db,
    sql`with
      latest as (
        select distinct on (e.customer_id) e.customer_id, e.to_key
        from stage_events e ${joinCustomers(ctx.orgId, q)}
        where e.org_id = ${ctx.orgId} and e.at < ${cutoffOf(q.asOf, ctx.timeZone)}
        order by e.customer_id, ${sql.raw("e.at desc, e.recorded_at desc, e.id desc")}
      )
      select to_key as key, count(*)::int as customers from latest group by to_key order by to_key collate "C"`,
  );
}

/** Moves in the range that leave or enter a stage of the journey, backward moves and `lost` included. */
export async function flow(db: Db, ctx: AnalyticsContext, q: RangeQuery): Promise<FlowRow[]> {
  return queryRows<FlowRow>(
    db,
    sql`select e.from_key as "from", e.to_key as "to", count(*)::int as count
      from stage_events e
      ${joinCustomers(ctx.orgId, q)}
      left join stages sf on sf.org_id = e.org_id and sf.key = e.from_key
      left join stages stt on stt.org_id = e.org_id and stt.key = e.to_key
      where e.org_id = ${ctx.orgId} and e.at >= ${midnight(q.from, ctx.timeZone)} and e.at < ${midnight(q.to, ctx.timeZone)}
        and (sf.journey = ${q.journey} or stt.journey = ${q.journey})
      group by e.from_key, e.to_key
      order by count(*) desc, e.from_key collate "C" nulls first, e.to_key collate "C"`,
  );
}

