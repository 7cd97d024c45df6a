import { beforeAll, expect, it } from "vitest";
import { moveCustomer } from "@/db/mutations/moves";
import { countCustomersByStage, countMovesSince, upcomingBirthdays } from "@/db/queries/home";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
/** The UTC calendar day `offset` days from today, `yearsAgo` years back. */
const isoDay = (offset: number, yearsAgo = 0) => {
  const d = new Date(Date.now() + offset * DAY);
  return `${d.getUTCFullYear() - yearsAgo}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
};

type Org = Awaited<ReturnType<typeof createTestOrg>>;

describeOnEngines("home", (conn) => {
  let org: Org;
  const since = daysAgo(5);

  /*
   * Moves since 5 days ago (first entries are not moves):
   *   a sales:  created 10 d ago; → engagement 3 d ago; → consideration 1 d ago            → 2
   *   b sales:  created 2 d ago (first entry, not a move); → engagement 1 d ago            → 1
   *   c sales:  created 20 d ago; → engagement 8 d ago; → lost 2 d ago                      → 1 (lost)
   *   d sales:  created 30 d ago; → engagement exactly at `since`                           → 1
   *   e sales:  created 30 d ago; → engagement 6 d ago                                      → 0
   *   f sales2: created 9 d ago; → engagement 4 d ago                                      → 1 (not sales')
   * Another organization's customer moved yesterday.
   * Sales: 5 moves; the organization: 6.
   */
  beforeAll(async () => {
    const { db } = conn();
    org = await createTestOrg(db);
    const base = { orgId: org.orgId, actorId: org.ownerId };
    const create = (name: string, ownerId: string, at: Date) => createTestCustomer(db, { ...base, name, ownerId, at });
    const move = (customerId: string, version: number, to: string, at: Date, reason?: string) =>
      moveCustomer(db, { ...base, customerId, version, to, at, reason });
    const a = await create("a", org.salesId, daysAgo(10));
    await move(a.id, 1, "engagement", daysAgo(3));
    await move(a.id, 2, "consideration", daysAgo(1));
    const b = await create("b", org.salesId, daysAgo(2));
    await move(b.id, 1, "engagement", daysAgo(1));
    const c = await create("c", org.salesId, daysAgo(20));
    await move(c.id, 1, "engagement", daysAgo(8));
    await move(c.id, 2, "lost", daysAgo(2), "moved away");
    const d = await create("d", org.salesId, daysAgo(30));
    await move(d.id, 1, "engagement", since);
    const e = await create("e", org.salesId, daysAgo(30));
    await move(e.id, 1, "engagement", daysAgo(6));
    const f = await create("f", org.sales2Id, daysAgo(9));
    await move(f.id, 1, "engagement", daysAgo(4));

    const other = await createTestOrg(db);
    const stranger = await createTestCustomer(db, { orgId: other.orgId, actorId: other.ownerId, ownerId: other.salesId, at: daysAgo(3) });
    await moveCustomer(db, { orgId: other.orgId, actorId: other.ownerId, customerId: stranger.id, version: 1, to: "engagement", at: daysAgo(1) });
  });

  it("counts the moves since an instant of a sales user's customers, and of the whole organization", async () => {
    const { db } = conn();
    expect(await countMovesSince(db, { orgId: org.orgId, ownerId: org.salesId, since })).toBe(5);
    expect(await countMovesSince(db, { orgId: org.orgId, ownerId: org.sales2Id, since })).toBe(1);
    expect(await countMovesSince(db, { orgId: org.orgId, since })).toBe(6);
    // From 7 days ago e's move counts too; from 30 minutes on, nothing.
    expect(await countMovesSince(db, { orgId: org.orgId, ownerId: org.salesId, since: daysAgo(7) })).toBe(6);
    expect(await countMovesSince(db, { orgId: org.orgId, ownerId: org.salesId, since: new Date(Date.now() - 1_800_000) })).toBe(0);
  });

  it("counts customers by stage and lost, within the scope", async () => {
    const counts = async (ownerId?: string) =>
      (await countCustomersByStage(conn().db, { orgId: org.orgId, ownerId })).map((r) => `${r.stageKey}${r.lost ? " lost" : ""}: ${r.count}`).sort();
    expect(await counts(org.salesId)).toEqual(["consideration: 1", "engagement lost: 1", "engagement: 3"]);
    expect(await counts()).toEqual(["consideration: 1", "engagement lost: 1", "engagement: 4"]);
  });

  it("lists the coming week's birthdays by day then name, at most 50, lost customers left out", async () => {
    const { db } = conn();
    const bdays = await createTestOrg(db);
    const mine = { orgId: bdays.orgId, actorId: bdays.ownerId, ownerId: bdays.salesId };
    const theirs = { ...mine, ownerId: bdays.sales2Id };
    // sales: 51 birthdays today (n00 … n50, born in various years).
    for (let i = 0; i <= 50; i++) await createTestCustomer(db, { ...mine, name: `n${String(i).padStart(2, "0")}`, birthday: isoDay(0, 30 + (i % 20)) });
    // sales2: Theirs and Cy in 3 days, Bea today, Gone tomorrow but lost, Late in 7 days (after the window), one without.
    await createTestCustomer(db, { ...theirs, name: "Theirs", birthday: isoDay(3, 20) });
    await createTestCustomer(db, { ...theirs, name: "Cy", birthday: isoDay(3, 41) });
    await createTestCustomer(db, { ...theirs, name: "Bea", birthday: isoDay(0, 35) });
    const gone = await createTestCustomer(db, { ...theirs, name: "Gone", birthday: isoDay(1, 33) });
    await moveCustomer(db, { orgId: bdays.orgId, actorId: bdays.ownerId, customerId: gone.id, version: 1, to: "lost", reason: "moved away" });
    await createTestCustomer(db, { ...theirs, name: "Late", birthday: isoDay(7, 25) });
    await createTestCustomer(db, { ...theirs, name: "No birthday" });

    const list = async (ownerId?: string) =>
      (await upcomingBirthdays(db, { orgId: bdays.orgId, ownerId, timeZone: "UTC", days: 7 })).map((r) => [r.name, r.on]);
    const today = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => [`n${String(from + i).padStart(2, "0")}`, isoDay(0)]);
    expect(await list(bdays.salesId)).toEqual(today(0, 50));
    expect(await list(bdays.sales2Id)).toEqual([["Bea", isoDay(0)], ["Cy", isoDay(3)], ["Theirs", isoDay(3)]]);
    expect(await list()).toEqual([["Bea", isoDay(0)], ...today(0, 49)]);
    const [bea] = await upcomingBirthdays(db, { orgId: bdays.orgId, ownerId: bdays.sales2Id, timeZone: "UTC", days: 7 });
    expect(bea?.birthday).toBe(isoDay(0, 35));
  });
});
