import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Breakdown, CustomerFilters, LocalDate } from "@/core/analytics/types";

/*
 * SQL fragments shared by the funnel analytics queries. Range bounds are instants computed by
 * Postgres from local dates in the organization's time zone; the session time zone never matters.
 */

/** The first instant of a local date in a time zone. */
export const midnight = (date: LocalDate, timeZone: string): SQL => sql`(${date}::date::timestamp at time zone ${timeZone})`;

/** The instant after which `asOf` ignores history (the end of that local date), or infinity. */
export const cutoffOf = (asOf: LocalDate | undefined, timeZone: string): SQL =>
  asOf ? sql`((${asOf}::date + 1)::timestamp at time zone ${timeZone})` : sql`'infinity'::timestamptz`;

/**
 * Joins the event rows aliased `e` to their customer `c`, keeping the customers that pass the
 * filters. A join rather than a CTE: a CTE scanned inside a nested loop is what a planner without
 * statistics (a fresh PGlite database has none) picks, and that is quadratic.
 */
export function joinCustomers(orgId: string, { channel, ownerId }: CustomerFilters): SQL {
  return sql`join customers c on c.org_id = ${orgId} and c.id = e.customer_id
    ${channel ? sql`and c.channel = ${channel}` : sql``}
    ${ownerId ? sql`and c.owner_id = ${ownerId}::uuid` : sql``}`;
}

/** The breakdown value of a customer row aliased `alias`: channel, owner id as text, or null. */
export function breakdownValue(breakdown: Breakdown | undefined, alias: string): SQL {
  if (breakdown === "channel") return sql.raw(`${alias}.channel`);
  if (breakdown === "owner") return sql.raw(`${alias}.owner_id::text`);
  return sql`null::text`;
}

/** The order of one customer's events; ties at an instant resolve as in tests/support/reference/timelines.ts. */
export const eventOrder = sql.raw(`e.at, e.recorded_at, e.id`);

/** Milliseconds between two timestamptz expressions as float8 (exact for millisecond data). */
export const millisBetween = (later: SQL, earlier: SQL): SQL =>
  sql`((extract(epoch from ${later}) - extract(epoch from ${earlier})) * 1000)`;

/** `x in (a, b, …)` for text values; false for an empty list. */
export function inList(expression: SQL, values: readonly string[]): SQL {
  if (values.length === 0) return sql`false`;
  return sql`${expression} in (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}
