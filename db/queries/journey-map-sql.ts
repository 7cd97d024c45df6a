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
 * The attribution rule, as a lateral join for rows aliased `alias` (a touchpoint or a feedback):
 * `stage.key` is the target of the customer's last stage event at or before the row's instant, in
 * event order (lib/analytics/history.ts). No row before the first event; `lost` is not a stage of
 * the map, so callers keep only the journey's keys.
 */
export function stageAt(orgId: string, alias: string): SQL {
  const row = sql.raw(alias);
  return sql`join lateral (
      select e.to_key as key from stage_events e
      where e.org_id = ${orgId} and e.customer_id = ${row}.customer_id and e.at <= ${row}.at
      order by e.at desc, e.recorded_at desc, e.id desc limit 1
    ) stage on true`;
}
