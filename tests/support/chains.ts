import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/sql";

/**
 * Every customer's stage events form one chain — the first comes from nowhere, each next one from
 * where the previous went — and the customer row is where the last one went: what the snapshot,
 * loyalty and time-in-stage figures rely on.
 */
export async function brokenChains(db: Db, orgId: string) {
  return queryRows<{ id: string }>(
    db,
    sql`with ordered as (
          select e.customer_id, e.from_key, e.to_key,
                 lag(e.to_key) over (partition by e.customer_id order by e.at, e.recorded_at, e.id) as previous,
                 row_number() over (partition by e.customer_id order by e.at desc, e.recorded_at desc, e.id desc) as from_last
          from stage_events e where e.org_id = ${orgId}
        )
        select distinct o.customer_id as id from ordered o join customers c on c.org_id = ${orgId} and c.id = o.customer_id
        where o.from_key is distinct from o.previous
           or (o.from_last = 1 and (c.lost <> (o.to_key = 'lost') or (o.to_key <> 'lost' and c.stage_key <> o.to_key)))`,
  );
}
