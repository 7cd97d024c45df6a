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

/** A view's local dates: `[from, to)`, and `previousFrom` for the figures compared with the period before. */
export interface MapDays {
  from: string;
  to: string;
}

/** Keeps the rows aliased `alias` whose customer is the owner's (nothing for other roles). */
export function ownedBy(orgId: string, ownerId: string | undefined, alias: string): SQL {
  if (!ownerId) return sql``;
  return sql`and exists (select 1 from customers oc where oc.org_id = ${orgId} and oc.id = ${sql.raw(alias)}.customer_id and oc.owner_id = ${ownerId}::uuid)`;
}

/** The journey's stage keys as an array parameter. */
export function stageKeys(stages: readonly MapStage[]): SQL {
  return sql`${`{${stages.map((s) => `"${s.key}"`).join(",")}}`}::text[]`;
}

/**
 * `days(key, kind, day, other_day, label, n)`: the rows of journey_map_days of some kinds for the
 * scope's stages (db/sql/journey-map-facts.sql says what each kind counts), with `extra` conditions.
 */
export function daysOf(scope: JourneyMapScope, kinds: readonly string[], extra: SQL): SQL {
  const owned = scope.ownerId ? sql`and d.owner_id = ${scope.ownerId}::uuid` : sql``;
  return sql`select d.stage_key as key, d.kind, d.day, d.other_day, d.label, d.n from journey_map_days d
    where d.org_id = ${scope.orgId} ${owned} and d.kind in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})
      and d.stage_key = any(${stageKeys(scope.stages)}) ${extra}`;
}
