import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { holidayDatesAround } from "@/core/automation/holiday-dates";
import type { AutomationTrigger } from "@/core/automation/rules";
import type { Db } from "../client";
import { birthdayMonthDay, type Automation } from "../schema";
import { queryRows } from "../sql";

/** Microseconds since the epoch: a stay or a silence is named by the instant it began. */
const instant = (column: SQL) => sql`(extract(epoch from ${column}) * 1000000)::bigint::text`;

type TimeTrigger = Exclude<AutomationTrigger, { type: "stage_entered" | "feedback_received" }>;
const isTime = (trigger: AutomationTrigger): trigger is TimeTrigger => trigger.type !== "stage_entered" && trigger.type !== "feedback_received";

/**
 * The customers a time-based trigger matches now, with the occurrence that names why: one set-based
 * query over the customers' indexes (stage and time entered; time of last activity).
 * - idle_in_stage: in the stage (not lost) since at least `days` ago (the stage's idle days when
 *   absent); once per stay.
 * - no_contact: no move or touchpoint (the customer's last activity, as staleness) for `days`; once
 *   per silence, so a new touchpoint re-arms it.
 * - birthday: the birthday falls between today and `daysBefore` days on; once per birthday (year),
 *   so a run missed while the server was off still fires before the day.
 * - holiday: the holiday's first day falls between today and `daysBefore` days on and the
 *   organization keeps that holiday; once per holiday (its date names it). Its dates come from
 *   core/automation/holiday-dates.ts, the years around this one (the window is at most 60 days).
 * - purchase_anniversary: the customer's latest purchase is at least `days` old; once per purchase,
 *   so a newer purchase re-arms it.
 */
function dueCustomers(automation: Pick<Automation, "orgId" | "filter">, trigger: TimeTrigger): SQL {
  const filter = sql`automation_filter_matches(${JSON.stringify(automation.filter)}::jsonb, c.org_id, c.stage_key, c.channel, c.owner_id)`;
  switch (trigger.type) {
    case "idle_in_stage": {
      const days = trigger.days ? sql`${trigger.days}::int` : sql`(select idle_days from stages where org_id = ${automation.orgId} and key = ${trigger.stage})`;
      return sql`
        select c.org_id, c.id, 'stay:' || ${instant(sql`c.stage_entered_at`)} as occurrence
        from customers c
        where c.org_id = ${automation.orgId} and c.stage_key = ${trigger.stage} and not c.lost
          and c.stage_entered_at <= now() - make_interval(days => ${days}) and ${filter}`;
    }
    case "no_contact":
      return sql`
        select c.org_id, c.id, 'silence:' || ${instant(sql`c.last_activity_at`)} as occurrence
        from customers c
        where c.org_id = ${automation.orgId} and not c.lost and c.last_activity_at <= now() - make_interval(days => ${trigger.days}::int)
          and ${trigger.journey ? sql`exists (select 1 from stages s where s.org_id = c.org_id and s.key = c.stage_key and s.journey = ${trigger.journey})` : sql`true`}
          and ${filter}`;
    case "birthday":
      // Each day of the window is one range of customers_org_birthday_idx; a 29 February birthday fires in leap years only.
      return sql`
        select c.org_id, c.id, 'birthday:' || extract(year from d.day)::int as occurrence
        from generate_series(${today(automation.orgId)}, ${today(automation.orgId)} + ${trigger.daysBefore}::int, interval '1 day') d(day)
        join customers c on c.org_id = ${automation.orgId} and c.birthday is not null
          and ${birthdayMonthDay(sql`c.birthday`)} = ${birthdayMonthDay(sql`d.day`)}
        where not c.lost and ${filter}`;
    case "holiday": {
      const dates = holidayDatesAround(trigger.holiday, new Date().getUTCFullYear()).join(",");
      return sql`
        select c.org_id, c.id, 'holiday:' || ${trigger.holiday} || ':' || to_char(h.day, 'YYYY-MM-DD') as occurrence
        from unnest(string_to_array(${dates}, ',')::date[]) h(day)
        join organizations o on o.id = ${automation.orgId} and ${trigger.holiday} = any(o.holidays)
        join customers c on c.org_id = o.id
        where h.day between ${today(automation.orgId)} and ${today(automation.orgId)} + ${trigger.daysBefore}::int
          and not c.lost and ${filter}`;
    }
    case "purchase_anniversary":
      return sql`
        select c.org_id, c.id, 'purchase:' || latest.id as occurrence
        from (select distinct on (p.customer_id) p.customer_id, p.id, p.at from purchases p
              where p.org_id = ${automation.orgId} order by p.customer_id, p.at desc, p.id desc) latest
        join customers c on c.org_id = ${automation.orgId} and c.id = latest.customer_id
        where latest.at <= now() - make_interval(days => ${trigger.days}::int) and not c.lost and ${filter}`;
  }
}

/** Today in the organization's time zone. */
const today = (orgId: string) => sql`(now() at time zone (select time_zone from organizations where id = ${orgId}))::date`;

const notFiredYet = (automationId: string) => sql`
  not exists (select 1 from automation_firings f
    where f.org_id = due.org_id and f.automation_id = ${automationId} and f.customer_id = due.id and f.occurrence = due.occurrence)`;

/** How many customers a time-based playbook would fire for now (the preview, and the confirmation before enabling). */
export async function countDue(db: Db, automation: Pick<Automation, "orgId" | "id" | "filter" | "trigger">): Promise<number> {
  if (!isTime(automation.trigger)) return 0;
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${dueCustomers(automation, automation.trigger)}) due where ${notFiredYet(automation.id)}`);
  return row?.n ?? 0;
}

/**
 * Records the firings of one time-based playbook that came due and have not fired, at most its run
 * cap (the rest wait for the next run). The unique occurrence key makes a second runner's insert of
 * the same occurrence a no-op, so concurrent or repeated runs fire each occurrence once.
 */
export async function recordDueFirings(db: Db, automation: Automation): Promise<{ matched: number; fired: number }> {
  if (!isTime(automation.trigger)) return { matched: 0, fired: 0 };
  const [row] = await queryRows<{ matched: number; fired: number }>(
    db,
    sql`
    with due as materialized (
      select due.* from (${dueCustomers(automation, automation.trigger)}) due where ${notFiredYet(automation.id)}
    ), fired as (
      insert into automation_firings (org_id, automation_id, customer_id, occurrence)
      select org_id, ${automation.id}, id, occurrence from due limit ${automation.runCap}
      on conflict do nothing
      returning 1
    )
    select (select count(*)::int from due) as matched, (select count(*)::int from fired) as fired`,
  );
  return row ?? { matched: 0, fired: 0 };
}
