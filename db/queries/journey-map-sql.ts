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

/*
 * The attribution rule: a row of `table` (touchpoints or feedback) at `[from, to)` belongs to the
 * stage `key`, the target of the customer's last stage event at or before the row's instant, in
 * event order (lib/analytics/history.ts); null before the first event; `lost` comes out as `lost`
 * (callers keep the journey's keys only). Two ways to the same answer, chosen by volume: feedback
 * is sparse, so each row looks its event up (`byLookup`); touchpoints outnumber the range's events,
 * so both are merged per customer in one sorted pass (`byMerge`).
 */

/** Each row's event by an index lookup on `stage_events_customer_idx`. */
export function attributedByLookup(scope: JourneyMapScope, table: "touchpoints" | "feedback", payload: Record<string, string>, from: SQL, to: SQL): SQL {
  const { orgId, ownerId } = scope;
  const picked = sql.raw(Object.keys(payload).map((n) => `x.${n}`).join(", "));
  return sql`select stage.key, x.customer_id, x.at, x.id, ${picked}
    from ${sql.raw(table)} x
    join lateral (
      select e.to_key as key from stage_events e
      where e.org_id = ${orgId} and e.customer_id = x.customer_id and e.at <= x.at
      order by e.at desc, e.recorded_at desc, e.id desc limit 1
    ) stage on true
    where x.org_id = ${orgId} and x.at >= ${from} and x.at < ${to} ${ownedBy(orgId, ownerId, "x")}`;
}

/**
 * The range's events and rows merged per customer in time order (an event before a row at the same
 * instant): each row takes the key of the event that opened its group, or the state before the
 * range (`base`, which the caller's query defines with `stateBefore` at the same `from`).
 */
export function attributedByMerge(scope: JourneyMapScope, table: "touchpoints" | "feedback", payload: Record<string, string>, from: SQL, to: SQL): SQL {
  const { orgId, ownerId } = scope;
  const names = Object.keys(payload);
  const ofRow = sql.raw(names.map((n) => `x.${n}`).join(", "));
  const ofEvent = sql.raw(names.map((n) => `null::${payload[n]} as ${n}`).join(", "));
  const picked = sql.raw(names.map((n) => `k.${n}`).join(", "));
  return sql`select case when k.grp > 0 then k.event_key when b.customer_id is not null then b.key when c.lost then null else c.stage_key end as key,
      k.customer_id, k.at, k.id, ${picked}
    from (
      select g.*, first_value(g.key) over (partition by g.customer_id, g.grp order by g.at, g.kind, g.recorded_at, g.id) as event_key
      from (
        select tl.*, count(*) filter (where tl.kind = 0) over (partition by tl.customer_id order by tl.at, tl.kind, tl.recorded_at, tl.id rows unbounded preceding) as grp
        from (
          select e.customer_id, e.at, 0 as kind, e.recorded_at, e.id, e.to_key as key, ${ofEvent}
          from stage_events e where e.org_id = ${orgId} and e.at >= ${from} and e.at < ${to} ${ownedBy(orgId, ownerId, "e")}
          union all
          select x.customer_id, x.at, 1, null::timestamptz, x.id, null::text, ${ofRow}
          from ${sql.raw(table)} x where x.org_id = ${orgId} and x.at >= ${from} and x.at < ${to} ${ownedBy(orgId, ownerId, "x")}
        ) tl
      ) g
    ) k
    left join base b on b.customer_id = k.customer_id
    left join customers c on c.org_id = ${orgId} and c.id = k.customer_id
    where k.kind = 1`;
}
