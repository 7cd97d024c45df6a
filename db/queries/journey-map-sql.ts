import "server-only";
import { sql, type SQL } from "drizzle-orm";

/** A stage of the map as the queries need it: its key and its position in the journey. */
export interface MapStage {
  key: string;
  position: number;
}

export interface JourneyMapScope {
  orgId: string;
  /** Sales users: only their own customers count. */
  ownerId?: string;
  stages: readonly MapStage[];
}

/** The journey's stages as a relation `js(key, position)`, for a CTE. */
export function stagesRelation(stages: readonly MapStage[]): SQL {
  if (stages.length === 0) return sql`select null::text as key, null::int as position where false`;
  return sql`select * from (values ${sql.join(
    stages.map((s) => sql`(${s.key}::text, ${s.position}::int)`),
    sql`, `,
  )}) as v(key, position)`;
}

/** Keeps the rows aliased `alias` whose customer is the owner's (nothing for other roles). */
export function ownedBy(orgId: string, ownerId: string | undefined, alias: string): SQL {
  if (!ownerId) return sql``;
  return sql`and exists (select 1 from customers oc where oc.org_id = ${orgId} and oc.id = ${sql.raw(alias)}.customer_id and oc.owner_id = ${ownerId}::uuid)`;
}

/**
 * `base(customer_id, key)`: the state just before `from` of each customer with a stage event at or
 * after it — the `from_key` of that first event (each move's `from` is the previous move's `to`,
 * docs/architecture.md), null for a customer's first event. A customer without one is still in the
 * state of their customer row, whose `stage_entered_at` is then before `from`. So no query reads
 * the history before the range.
 */
export function stateBefore(scope: JourneyMapScope, from: SQL): SQL {
  return sql`select distinct on (e.customer_id) e.customer_id, e.from_key as key
    from stage_events e where e.org_id = ${scope.orgId} and e.at >= ${from} ${ownedBy(scope.orgId, scope.ownerId, "e")}
    order by e.customer_id, e.at, e.recorded_at, e.id`;
}
