import "server-only";
import { and, count, eq, gte, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { customers, stageEvents, tasks } from "../schema";
import { queryRows } from "../sql";

interface Scope {
  orgId: string;
  /** Set for sales users: only their own customers count. */
  ownerId?: string;
}

const ownedBy = (ownerId?: string) => (ownerId ? eq(customers.ownerId, ownerId) : undefined);

/** Customers per current stage (lost ones apart), within the scope. */
export async function countCustomersByStage(db: Db, { orgId, ownerId }: Scope) {
  return db
    .select({ stageKey: customers.stageKey, lost: customers.lost, count: count() })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), ownedBy(ownerId)))
    .groupBy(customers.stageKey, customers.lost);
}

/**
 * The start of the current week in the organization's time zone, as an instant.
 * `weekStart` is the first weekday, 0 = Sunday.
 */
export async function startOfWeek(db: Db, { timeZone, weekStart }: { timeZone: string; weekStart: number }) {
  const [row] = await queryRows<{ start: string }>(
    db,
    sql`select (date_trunc('day', now() at time zone ${timeZone})
          - ((extract(dow from now() at time zone ${timeZone})::int - ${weekStart} + 7) % 7) * interval '1 day')
          at time zone ${timeZone} as start`,
  );
  return new Date(row?.start ?? Date.now());
}

/** Stage moves recorded since an instant, for the customers in scope. */
export async function countMovesSince(db: Db, { orgId, ownerId, since }: Scope & { since: Date }) {
  const [row] = await db
    .select({ count: count() })
    .from(stageEvents)
    .innerJoin(customers, and(eq(customers.orgId, stageEvents.orgId), eq(customers.id, stageEvents.customerId)))
    .where(and(eq(stageEvents.orgId, orgId), gte(stageEvents.at, since), sql`${stageEvents.fromKey} is not null`, ownedBy(ownerId)));
  return row?.count ?? 0;
}

export async function countOpenTasks(db: Db, { orgId, assigneeId }: { orgId: string; assigneeId: string }) {
  const [row] = await db
    .select({ count: count() })
    .from(tasks)
    .where(and(eq(tasks.orgId, orgId), eq(tasks.assigneeId, assigneeId), isNull(tasks.doneAt)));
  return row?.count ?? 0;
}

/**
 * Customers whose birthday falls within the next `days` days (today included) in the organization's
 * time zone, soonest first. A 29 February birthday shows in leap years only.
 */
export async function upcomingBirthdays(db: Db, { orgId, ownerId, timeZone, days }: Scope & { timeZone: string; days: number }) {
  return queryRows<{ id: string; name: string; birthday: string; on: string }>(
    db,
    sql`select c.id, c.name, c.birthday::text as birthday, d.day::date::text as on
        from generate_series((now() at time zone ${timeZone})::date, (now() at time zone ${timeZone})::date + (${days}::int - 1), interval '1 day') as d(day)
        join customers c
          on extract(month from c.birthday) = extract(month from d.day)
         and extract(day from c.birthday) = extract(day from d.day)
        where c.org_id = ${orgId} and not c.lost ${ownerId ? sql`and c.owner_id = ${ownerId}` : sql``}
        order by d.day, c.name
        limit 50`,
  );
}
