import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";

/**
 * The loyalty cards' buyer and churn counts over any window `[from, to)`, on the month aggregates'
 * terms (db/sql/loyalty.sql): a repeat buyer bought in the window and either before it or more than
 * once in it; churned are moves to `lost` from a stage of the retention journey. A month so far is
 * compared with the same days of the month before, which no month aggregate holds.
 */
export async function loyaltyWindowCounts(db: Db, { orgId, from, to }: { orgId: string; from: Date; to: Date }) {
  const [start, end] = [from.toISOString(), to.toISOString()];
  const [row] = await queryRows<{ buyers: number; repeatBuyers: number; churned: number }>(
    db,
    sql`with bought as (
          select customer_id, count(*) as purchases from purchases
          where org_id = ${orgId} and at >= ${start}::timestamptz and at < ${end}::timestamptz
          group by customer_id
        )
        select count(*)::int as buyers,
          count(*) filter (where b.purchases > 1 or exists (
            select 1 from purchases q where q.org_id = ${orgId} and q.customer_id = b.customer_id and q.at < ${start}::timestamptz
          ))::int as "repeatBuyers",
          (select count(*)::int from stage_events e join stages s on s.org_id = e.org_id and s.key = e.from_key
           where e.org_id = ${orgId} and e.to_key = 'lost' and s.journey = 'retention'
             and e.at >= ${start}::timestamptz and e.at < ${end}::timestamptz) as churned
        from bought b`,
  );
  return { buyers: row?.buyers ?? 0, repeatBuyers: row?.repeatBuyers ?? 0, churned: row?.churned ?? 0 };
}
