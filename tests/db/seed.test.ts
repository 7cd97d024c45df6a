import { sql, type SQL } from "drizzle-orm";
import { expect, it } from "vitest";
import { DemoExistsError, seedDemo } from "@/db/seed";
import { queryRows } from "@/db/sql";
import { toE164, type PhoneCountry } from "@/core/phone/phone-number";
import { describeOnEngines } from "../support/engines";

const now = new Date("2026-03-15T10:00:00Z");
const CUSTOMERS = 300;

describeOnEngines("seedDemo", (conn) => {
  const rows = <T>(query: SQL) => queryRows<T>(conn().db, query);
  const count = async (query: SQL) => (await rows<{ n: number }>(sql`select (${query})::int as n`))[0]?.n;
  const customerNames = () =>
    rows<{ id: string; name: string }>(sql`select id, name from customers order by created_at, id`);

  it("writes one demo organization with four staff users, six stages and the customers", async () => {
    const summary = await seedDemo(conn().db, { customers: CUSTOMERS, seed: 42, now });
    expect(summary.customers).toBe(CUSTOMERS);
    expect(await count(sql`select count(*) from organizations where is_demo and name = 'Masir Demo'`)).toBe(1);
    const staff = await rows<{ email: string; role: string }>(sql`select email, role from users order by email`);
    expect(staff).toEqual([
      { email: "manager@demo.test", role: "manager" },
      { email: "owner@demo.test", role: "owner" },
      { email: "sales2@demo.test", role: "sales" },
      { email: "sales@demo.test", role: "sales" },
    ]);
    expect(await count(sql`select count(*) from stages`)).toBe(6);
    expect(await count(sql`select count(*) from customers`)).toBe(CUSTOMERS);
    expect(await count(sql`select count(*) from stage_events`)).toBe(summary.stageEvents);
  });

  it("keeps each customer row equal to its last stage event, and version to its event count", async () => {
    const mismatches = await count(sql`
      select count(*) from customers c
      join lateral (
        select e.from_key, e.to_key, e.at, e.reason, count(*) over () as events
        from stage_events e where e.org_id = c.org_id and e.customer_id = c.id
        order by e.at desc limit 1
      ) last on true
      where c.version <> last.events
         or c.stage_entered_at <> last.at
         or c.last_activity_at < last.at
         or (last.to_key = 'lost') <> c.lost
         or c.stage_key <> (case when c.lost then last.from_key else last.to_key end)
         or c.lost_reason is distinct from (case when c.lost then last.reason end)`);
    expect(mismatches).toBe(0);
    expect(await count(sql`select count(*) from customers where lost`)).toBeGreaterThan(0);
  });

  it("chains each customer's events: first from nothing, then from the previous stage, in time order", async () => {
    const broken = await count(sql`
      select count(*) from (
        select c.created_at, e.from_key, e.at,
          lag(e.to_key) over w as prev_key, lag(e.at) over w as prev_at, row_number() over w as n
        from stage_events e join customers c on c.org_id = e.org_id and c.id = e.customer_id
        window w as (partition by e.customer_id order by e.at)
      ) h
      where (n = 1 and (from_key is not null or at <> created_at))
         or (n > 1 and (from_key is distinct from prev_key or at <= prev_at))`);
    expect(broken).toBe(0);
    expect(await count(sql`select count(*) from stage_events where from_key = 'lost'`)).toBeGreaterThan(0);
  });

  it("writes nothing dated after now", async () => {
    const late = await count(sql`
      select (select count(*) from stage_events where at > ${now.toISOString()}::timestamptz)
           + (select count(*) from touchpoints where at > ${now.toISOString()}::timestamptz)
           + (select count(*) from purchases where at > ${now.toISOString()}::timestamptz)
           + (select count(*) from feedback where at > ${now.toISOString()}::timestamptz)
           + (select count(*) from customers where last_activity_at > ${now.toISOString()}::timestamptz)`);
    expect(late).toBe(0);
  });

  it("links activity consistently: referrers created earlier, purchases after conversion, tasks to the owner", async () => {
    expect(await count(sql`
      select count(*) from customers c join customers r on r.org_id = c.org_id and r.id = c.referred_by_id
      where r.created_at >= c.created_at or c.channel <> 'referral'`)).toBe(0);
    expect(await count(sql`select count(*) from customers where referred_by_id is not null`)).toBeGreaterThan(0);
    expect(await count(sql`
      select count(*) from purchases p where not exists (
        select 1 from stage_events e where e.customer_id = p.customer_id and e.to_key = 'conversion' and e.at <= p.at)`)).toBe(0);
    expect(await count(sql`
      select count(*) from tasks t join customers c on c.id = t.customer_id where t.assignee_id <> c.owner_id`)).toBe(0);
    expect(await count(sql`select count(*) from tasks where done_at is null`)).toBeGreaterThan(0);
    expect(await count(sql`
      select count(*) from customers
      where birthday is not null
        and make_date(2026, extract(month from birthday)::int, extract(day from birthday)::int)
            between '2026-03-16' and '2026-03-21'`)).toBeGreaterThan(0);
  });

  it("names customers in Hebrew, Persian and Latin script", async () => {
    const names = (await customerNames()).map((c) => c.name);
    expect(names.some((n) => /\p{Script=Hebrew}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Arabic}/u.test(n))).toBe(true);
    expect(names.some((n) => /[A-Za-z]/.test(n))).toBe(true);
  });

  it("gives every phone the E.164 form the app reads from it in the demo organization's country", async () => {
    const phones = await rows<{ phone: string; phone_e164: string | null; country: string }>(
      sql`select c.phone, c.phone_e164, o.country from customers c join organizations o on o.id = c.org_id where c.phone is not null`,
    );
    expect(phones.length).toBeGreaterThan(CUSTOMERS / 2);
    expect(phones.filter((p) => p.phone_e164 !== toE164(p.phone, p.country as PhoneCountry))).toEqual([]);
  });

  it("ships the demo playbooks after the history, so the history fires none: the event ones on, the time-based ones paused", async () => {
    const playbooks = await rows<{ trigger_type: string; enabled: boolean; firings: number }>(
      sql`select a.trigger_type, a.enabled, (select count(*)::int from automation_firings f where f.automation_id = a.id) as firings from automations a order by a.trigger_type, a.name`,
    );
    expect(playbooks.map((p) => [p.trigger_type, p.enabled])).toEqual([
      ["birthday", false],
      ["feedback_received", true],
      ["feedback_received", true],
      ["holiday", false],
      ["holiday", false],
      ["idle_in_stage", false],
      ["idle_in_stage", false],
      ["no_contact", false],
      ["stage_entered", true],
    ]);
    expect(playbooks.every((p) => p.firings === 0)).toBe(true);
    expect(await count(sql`select count(*) from organizations where holidays = '{rosh_hashanah,nowruz}'`)).toBe(1);
  });

  it("refuses to write a second demo organization unless asked to replace it", async () => {
    await expect(seedDemo(conn().db, { customers: 10, seed: 42, now })).rejects.toBeInstanceOf(DemoExistsError);
    expect(await count(sql`select count(*) from organizations`)).toBe(1);
  });

  it("is deterministic: the same seed and now give the same ids and names, another seed does not", async () => {
    const first = await customerNames();
    await seedDemo(conn().db, { customers: CUSTOMERS, seed: 42, now, replace: true });
    expect(await customerNames()).toEqual(first);
    expect(await count(sql`select count(*) from organizations`)).toBe(1);
    await seedDemo(conn().db, { customers: CUSTOMERS, seed: 43, now, replace: true });
    const other = await customerNames();
    expect(other.map((c) => c.id)).not.toEqual(first.map((c) => c.id));
    expect(other.map((c) => c.name)).not.toEqual(first.map((c) => c.name));
  });
});
