import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { moveCustomer } from "@/db/mutations/moves";
import { listCustomers, type CustomerPage } from "@/db/queries/customers";
import { upcomingBirthdays } from "@/db/queries/home";
import { customers } from "@/db/schema";
import { searchTerms } from "@/core/search/terms";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;
const isoDay = (offsetDays: number, yearsAgo: number) => {
  const d = new Date(Date.now() + offsetDays * DAY);
  return `${d.getUTCFullYear() - yearsAgo}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
};

describeOnEngines("customer list", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  const page = (extra: Partial<CustomerPage>): CustomerPage => ({ orgId: org.orgId, sort: "name", dir: "asc", limit: 50, ...extra });

  beforeAll(async () => {
    const { db } = conn();
    org = await createTestOrg(db);
    const base = { orgId: org.orgId, actorId: org.salesId };
    await createTestCustomer(db, { ...base, ownerId: org.salesId, name: "مریم احمدی", phone: "+98 912 555 0101", channel: "instagram" });
    await createTestCustomer(db, { ...base, ownerId: org.salesId, name: "נועה כהן", email: "noa@example.co.il", channel: "whatsapp", stage: "retention", at: new Date(Date.now() - 90 * DAY) });
    await createTestCustomer(db, { ...base, ownerId: org.sales2Id, name: "Dana Smith", email: "dana_100%@example.com", channel: "ads" });
    const lost = await createTestCustomer(db, { ...base, ownerId: org.sales2Id, name: "Omid Karimi", channel: "telegram" });
    await moveCustomer(db, { orgId: org.orgId, actorId: org.sales2Id, customerId: lost.id, to: "lost", version: 1, reason: "no budget" });
    await db.update(customers).set({ birthday: isoDay(3, 30) }).where(and(eq(customers.orgId, org.orgId), eq(customers.name, "مریم احمدی")));
    await db.update(customers).set({ birthday: isoDay(9, 25) }).where(and(eq(customers.orgId, org.orgId), eq(customers.name, "Dana Smith")));
  });

  const names = async (extra: Partial<CustomerPage>) => (await listCustomers(conn().db, page(extra))).items.map((r) => r.customer.name);
  const q = (text: string) => ({ search: searchTerms(text, "IR") });

  it("finds Persian, Hebrew and Latin text by substring, and phones by digits", async () => {
    expect(await names(q("احمد"))).toEqual(["مریم احمدی"]);
    expect(await names(q("כהן"))).toEqual(["נועה כהן"]);
    expect(await names(q("smi"))).toEqual(["Dana Smith"]);
    expect(await names(q("555 01"))).toEqual(["مریم احمدی"]);
  });

  it("treats % and _ in a search as plain characters", async () => {
    expect(await names(q("100%"))).toEqual(["Dana Smith"]);
    expect(await names(q("%"))).toEqual(["Dana Smith"]);
  });

  it("filters by stage, journey, channel, owner, lost and staleness", async () => {
    expect(await names({ journey: "retention" })).toEqual(["נועה כהן"]);
    expect(await names({ channel: "ads" })).toEqual(["Dana Smith"]);
    expect(await names({ lost: true })).toEqual(["Omid Karimi"]);
    expect(await names({ owner: org.sales2Id, lost: false })).toEqual(["Dana Smith"]);
    // Retention idle days are 30 in the template; the 90-day-old retention customer is stale.
    expect(await names({ stale: true })).toEqual(["נועה כהן"]);
  });

  it("shows a sales user only their own customers", async () => {
    expect((await names({ ownerId: org.salesId })).sort()).toEqual(["مریم احمدی", "נועה כהן"].sort());
  });

  it("pages with a cursor without gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: CustomerPage["cursor"];
    for (let i = 0; i < 5; i++) {
      const result = await listCustomers(conn().db, page({ limit: 1, cursor, sort: "createdAt", dir: "desc" }));
      seen.push(...result.items.map((r) => r.customer.name));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
  });

  it("lists birthdays in the next 7 days only", async () => {
    const rows = await upcomingBirthdays(conn().db, { orgId: org.orgId, timeZone: "UTC", days: 7 });
    expect(rows.map((r) => [r.name, r.on])).toEqual([["مریم احمدی", isoDay(3, 0)]]);
    expect(await upcomingBirthdays(conn().db, { orgId: org.orgId, ownerId: org.sales2Id, timeZone: "UTC", days: 7 })).toEqual([]);
  });
});
