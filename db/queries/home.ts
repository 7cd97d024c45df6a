import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { birthdayMonthDay } from "../schema";
import { queryRows } from "../sql";
import { ownedBy, type CustomerScope } from "./customer-scope";


/**
 * Customers per current stage (lost ones apart), within the scope; groups without customers are left
 * out. Summed from `customer_stage_counts` (the rows of one owner for a sales user), which the
 * customers' triggers keep: a few dozen rows however many customers there are.
 */
export async function countCustomersByStage(db: Db, { orgId, ownerId }: CustomerScope) {
  return queryRows<{ stageKey: string; lost: boolean; count: number }>(
    db,
    sql`select stage_key as "stageKey", lost, sum(customers)::int as count
        from customer_stage_counts
        where org_id = ${orgId} ${ownerId ? sql`and owner_id = ${ownerId}` : sql``}
        group by stage_key, lost
        having sum(customers) > 0`,
  );
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

/**
 * Stage moves (first entries aside) recorded since an instant, for the customers in scope (by their
 * current owner). Whole hours from `owner_move_hours`, which the stage-event and owner triggers keep;
 * the part of an hour before the first whole one (a week starting at a half-hour offset, as in Tehran)
 * from the events themselves: at most an hour of the organization's events.
 */
export async function countMovesSince(db: Db, { orgId, ownerId, since }: CustomerScope & { since: Date }) {
  const from = sql`${since.toISOString()}::timestamptz`;
  const firstHour = sql`(date_trunc('hour', ${from}, 'UTC') + case when date_trunc('hour', ${from}, 'UTC') = ${from} then interval '0' else interval '1 hour' end)`;
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select (
          coalesce((select sum(m.moves) from owner_move_hours m
                    where m.org_id = ${orgId} ${ownerId ? sql`and m.owner_id = ${ownerId}` : sql``} and m.hour >= ${from}), 0)
          + (select count(*) from stage_events e join customers c on c.org_id = e.org_id and c.id = e.customer_id
             where e.org_id = ${orgId} and e.at >= ${from} and e.at < ${firstHour} and e.from_key is not null ${ownedBy(ownerId)})
        )::int as count`,
  );
  return row?.count ?? 0;
}

/** The assignee's open tasks, summed from `assignee_open_tasks` (kept by the tasks' triggers). */
export async function countOpenTasks(db: Db, { orgId, assigneeId }: { orgId: string; assigneeId: string }) {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`select coalesce(sum(tasks), 0)::int as count from assignee_open_tasks where org_id = ${orgId} and assignee_id = ${assigneeId}`,
  );
  return row?.count ?? 0;
}

const BIRTHDAYS_SHOWN = 50;

/**
 * Customers whose birthday falls within the next `days` days (today included) in the organization's
 * time zone, soonest first. A 29 February birthday shows in leap years only. Each day is one range
 * of `customers_org_birthday_idx`, read no further than the list is long.
 */
export async function upcomingBirthdays(db: Db, { orgId, ownerId, timeZone, days }: CustomerScope & { timeZone: string; days: number }) {
  return queryRows<{ id: string; name: string; birthday: string; on: string }>(
    db,
    sql`select c.id, c.name, c.birthday::text as birthday, d.day::date::text as on
        from generate_series((now() at time zone ${timeZone})::date, (now() at time zone ${timeZone})::date + (${days}::int - 1), interval '1 day') as d(day)
        cross join lateral (
          select c.id, c.name, c.birthday from customers c
          where c.org_id = ${orgId} and c.birthday is not null
            and ${birthdayMonthDay(sql`c.birthday`)} = ${birthdayMonthDay(sql`d.day`)}
            and not c.lost ${ownedBy(ownerId)}
          order by c.name, c.id
          limit ${BIRTHDAYS_SHOWN}
        ) c
        order by d.day, c.name, c.id
        limit ${BIRTHDAYS_SHOWN}`,
  );
}

/**
 * Revenue won and the NPS counts of the feedback given in `[from, to)` (instants), for the whole
 * organization: the owner's and manager's home compare a month so far with the same days before it.
 * Each is one range of `purchases_org_at_idx` / `feedback_org_at_idx`.
 */
export async function periodFigures(db: Db, { orgId, from, to }: { orgId: string; from: Date; to: Date }) {
  const [row] = await queryRows<{ revenueMinor: string | number; promoters: number; detractors: number; responses: number }>(
    db,
    sql`select
          (select coalesce(sum(p.amount_minor), 0) from purchases p
           where p.org_id = ${orgId} and p.at >= ${from.toISOString()}::timestamptz and p.at < ${to.toISOString()}::timestamptz) as "revenueMinor",
          f.promoters, f.detractors, f.responses
        from (
          select count(*) filter (where score >= 9)::int as promoters, count(*) filter (where score <= 6)::int as detractors, count(*)::int as responses
          from feedback
          where org_id = ${orgId} and at >= ${from.toISOString()}::timestamptz and at < ${to.toISOString()}::timestamptz
        ) f`,
  );
  return { revenueMinor: Number(row?.revenueMinor ?? 0), promoters: row?.promoters ?? 0, detractors: row?.detractors ?? 0, responses: row?.responses ?? 0 };
}

const DETRACTORS_SHOWN = 8;

/** Customers (not lost) whose latest feedback since `since` scored 0–6: a manager's calls to make, lowest score first. */
export async function listDetractorsSince(db: Db, { orgId, since }: { orgId: string; since: Date }) {
  return queryRows<{ id: string; name: string; score: number; at: string }>(
    db,
    sql`select c.id, c.name, f.score, f.at::text as at
        from (
          select distinct on (customer_id) customer_id, score, at from feedback
          where org_id = ${orgId} and at >= ${since.toISOString()}::timestamptz
          order by customer_id, at desc
        ) f
        join customers c on c.org_id = ${orgId} and c.id = f.customer_id and not c.lost
        where f.score <= 6
        order by f.score, f.at desc, c.id
        limit ${DETRACTORS_SHOWN}`,
  );
}
