import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { aggregateFromScratch, storedAggregate } from "@/db/queries/analytics-funnel-aggregate";
import { funnel } from "@/db/queries/analytics-funnel";
import { channels, customers, organizations, stages, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { queryRows } from "@/db/sql";
import type { FunnelQuery } from "@/core/analytics/types";
import { insertHistory } from "../support/analytics-fixture";
import { describeOnEngines } from "../support/engines";
import { insertRandomEvents } from "../support/random-events";
import { mergeSomeCustomers } from "../support/merges";
import { funnelCases } from "../support/funnel-expected";
import { funnelFixture, U1, U2 } from "../support/funnel-fixture";

const NOW = new Date("2025-06-15T12:00:00Z");
const queries: FunnelQuery[] = [
  { from: "2024-12-15", to: "2025-06-16", journey: "acquisition", cohort: "created", order: "any" },
  { from: "2025-03-01", to: "2025-04-01", journey: "acquisition", cohort: "created", order: "any", breakdown: "channel" },
  { from: "2025-01-01", to: "2025-06-16", journey: "retention", cohort: "created", order: "any", breakdown: "owner" },
];

/** The stored aggregate equals its computation from scratch, and the default funnel equals the one from stage_events. */
async function expectCurrent(db: Db, orgId: string) {
  expect(await storedAggregate(db, { orgId })).toEqual(await aggregateFromScratch(db, { orgId }));
  for (const q of queries) expect(await funnel(db, { orgId, ...q })).toEqual(await funnel(db, { orgId, ...q }, "history"));
}

describeOnEngines("funnel_cohort_days stays equal to the computation from scratch", (conn) => {
  let orgId = "";
  beforeAll(async () => {
    ({ orgId } = await seedDemo(conn().db, { customers: 400, seed: 11, now: NOW }));
  });

  it("after the demo seed", async () => {
    const { db } = conn();
    expect((await storedAggregate(db, { orgId })).length).toBeGreaterThan(50);
    await expectCurrent(db, orgId);
  });

  it("after random extra events, earlier ones included, in several statements", async () => {
    const { db } = conn();
    await insertRandomEvents(db, orgId, { seed: 5, now: NOW });
    await expectCurrent(db, orgId);
  });

  it("after owner and channel changes, one by one and in bulk", async () => {
    const { db } = conn();
    const [row] = await db.select({ id: customers.id }).from(customers).where(eq(customers.orgId, orgId)).limit(1);
    await db.update(customers).set({ ownerId: null, channel: "event" }).where(and(eq(customers.orgId, orgId), eq(customers.id, row?.id ?? "")));
    await db.execute(sql`update customers set channel = ${channels[3]} where org_id = ${orgId} and channel = 'whatsapp'`);
    const [staff] = await db.select({ id: users.id }).from(users).where(and(eq(users.orgId, orgId), eq(users.role, "owner")));
    await db.execute(sql`update customers set owner_id = ${staff?.id ?? null}::uuid where org_id = ${orgId} and owner_id is null`);
    await expectCurrent(db, orgId);
  });

  it("after merges of customers (the merged-away customers' events deleted)", async () => {
    const { db } = conn();
    const [staff] = await db.select({ id: users.id }).from(users).where(eq(users.orgId, orgId)).limit(1);
    await mergeSomeCustomers(db, orgId, staff?.id ?? "", 20, 3);
    await expectCurrent(db, orgId);
  });

  it("after a time-zone change and a stage moved to the other journey", async () => {
    const { db } = conn();
    await db.update(organizations).set({ timeZone: "Asia/Tehran" }).where(eq(organizations.id, orgId));
    await expectCurrent(db, orgId);
    await db.update(stages).set({ journey: "retention" }).where(and(eq(stages.orgId, orgId), eq(stages.key, "conversion")));
    await expectCurrent(db, orgId);
  });

  it("keeps no emptied rows", async () => {
    const [row] = await queryRows<{ n: number }>(conn().db, sql`select count(*)::int as n from funnel_cohort_days where customers <= 0`);
    expect(row?.n).toBe(0);
  });

  it("gives the hand-worked default funnel when the fixture's events arrive out of order over two statements", async () => {
    const { db } = conn();
    const { orgId: fixtureOrg, insertRest } = await insertHistory(db, funnelFixture(), [U1, U2], 45);
    await insertRest();
    await expectCurrent(db, fixtureOrg);
    const defaultCase = funnelCases[0];
    if (!defaultCase) throw new Error("no case");
    expect(await funnel(db, { orgId: fixtureOrg, ...defaultCase.query })).toEqual(defaultCase.expected);
  });
});
