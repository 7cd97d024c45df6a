import { and, asc, eq, inArray } from "drizzle-orm";
import { expect, it } from "vitest";
import { addFeedback, addPurchase, addTask, addTouchpoint } from "@/db/mutations/activity";
import { mergeCustomers } from "@/db/mutations/customer-merge";
import { moveCustomer } from "@/db/mutations/moves";
import { aggregateFromScratch, storedAggregate } from "@/db/queries/analytics-funnel-aggregate";
import { customerMerges, customers, feedback, purchases, stageEvents, tasks, touchpoints } from "@/db/schema";
import { brokenChains } from "../support/chains";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";
import { rebuildAggregates, snapshotAggregates } from "../support/retention-aggregates";

const at = (day: string) => new Date(`${day}T10:00:00Z`);

describeOnEngines("merging two customers", (conn) => {
  const db = () => conn().db;

  /** Two records of one person, each with history and activity; a referrer of the second, and a customer it referred. */
  async function duplicates() {
    const org = await createTestOrg(db());
    const base = { orgId: org.orgId, actorId: org.ownerId };
    const referrer = await createTestCustomer(db(), { ...base, name: "Referrer", at: at("2023-06-01") });
    const survivor = await createTestCustomer(db(), { ...base, name: "Dana Cohen", phone: "050-1234567", phoneE164: "+972501234567", ownerId: org.salesId, at: at("2024-01-01"), extra: { Company: "Acme" } });
    const merged = await createTestCustomer(db(), {
      ...base, name: "dana", email: "dana@example.com", externalId: "hs-7", referredById: referrer.id, ownerId: org.sales2Id, channel: "website", at: at("2024-01-15"),
      extra: { Company: "Acme Ltd", "Lead Status": "Open" },
    });
    const move = async (customerId: string, to: string, day: string, amount?: number) => {
      const [c] = await db().select().from(customers).where(eq(customers.id, customerId));
      await moveCustomer(db(), { ...base, customerId, to, version: c?.version ?? 0, at: at(day), purchaseAmountMinor: amount, currency: "ILS" });
    };
    await move(survivor.id, "engagement", "2024-02-01");
    await move(merged.id, "consideration", "2024-03-01");
    await move(merged.id, "conversion", "2024-03-10", 50_000);
    for (const [customerId, n] of [[survivor.id, 1], [merged.id, 2]] as const) {
      for (let i = 0; i < n; i++) {
        await addTouchpoint(db(), { orgId: org.orgId, customerId, actorId: org.ownerId, channel: "phone", kind: "call", at: at(`2024-04-0${i + 1}`) });
        await addPurchase(db(), { orgId: org.orgId, customerId, amountMinor: 1000 * (i + 1), currency: "ILS", at: at(`2024-05-0${i + 1}`) });
        await addFeedback(db(), { orgId: org.orgId, customerId, score: 9 - i, at: at(`2024-06-0${i + 1}`) });
        await addTask(db(), { orgId: org.orgId, customerId, title: `Call ${i}`, dueOn: "2024-07-01", assigneeId: org.salesId });
      }
    }
    const referred = await createTestCustomer(db(), { ...base, name: "Referred", referredById: merged.id, at: at("2024-04-01") });
    return { org, survivor, merged, referrer, referred };
  }

  const eventsOf = (customerId: string) =>
    db().select().from(stageEvents).where(eq(stageEvents.customerId, customerId)).orderBy(asc(stageEvents.at), asc(stageEvents.recordedAt));
  const countOf = async (table: typeof touchpoints | typeof purchases | typeof feedback | typeof tasks, customerId: string) =>
    (await db().select({ id: table.id }).from(table).where(eq(table.customerId, customerId))).length;

  it("keeps both histories exactly: the survivor's own stages, the other's moves archived, every activity and referral repointed", async () => {
    const { org, survivor, merged, referrer, referred } = await duplicates();
    const [before] = await db().select().from(customers).where(eq(customers.id, survivor.id));
    const mergedEvents = await eventsOf(merged.id);
    const survivorEvents = await eventsOf(survivor.id);
    const activity = async (id: string) => Promise.all([touchpoints, purchases, feedback, tasks].map((t) => countOf(t, id)));
    const [own, theirs] = [await activity(survivor.id), await activity(merged.id)];

    const result = await mergeCustomers(db(), { orgId: org.orgId, actorId: org.managerId, survivorId: survivor.id, mergedId: merged.id, version: before?.version ?? 0 });

    // The survivor keeps its stage and its history; blank fields take the other's values.
    expect(result).toMatchObject({
      id: survivor.id, name: "Dana Cohen", stageKey: "engagement", lost: false, ownerId: org.salesId, channel: "other", version: (before?.version ?? 0) + 1,
      email: "dana@example.com", externalId: "hs-7", phone: "050-1234567", referredById: referrer.id, extra: { Company: "Acme", "Lead Status": "Open" },
    });
    expect(await eventsOf(survivor.id)).toEqual(survivorEvents);
    expect(await db().select().from(customers).where(eq(customers.id, merged.id))).toEqual([]);
    expect(await eventsOf(merged.id)).toEqual([]);
    expect(await activity(survivor.id)).toEqual(own.map((n, i) => n + (theirs[i] ?? 0)));
    expect(result.purchasesMinor).toBe(1000 + 50_000 + 1000 + 2000);
    expect((await db().select().from(customers).where(eq(customers.id, referred.id)))[0]?.referredById).toBe(survivor.id);

    // The merged-away record and its moves, every column as it was, with who merged and when.
    const [record] = await db().select().from(customerMerges).where(eq(customerMerges.survivorId, survivor.id));
    expect(record).toMatchObject({ mergedId: merged.id, actorId: org.managerId, merged: { name: "dana", email: "dana@example.com", stageKey: "conversion", ownerId: org.sales2Id } });
    expect(record?.events.map((e) => ({ ...e, at: new Date(e.at), recorded_at: new Date(e.recorded_at) }))).toEqual(
      mergedEvents.map((e) => ({ id: e.id, from_key: e.fromKey, to_key: e.toKey, at: e.at, actor_id: e.actorId, automation_id: e.automationId, channel: e.channel, note: e.note, reason: e.reason, recorded_at: e.recordedAt })),
    );

    expect(await brokenChains(db(), org.orgId)).toEqual([]);
    expect(await storedAggregate(db(), { orgId: org.orgId })).toEqual(await aggregateFromScratch(db(), { orgId: org.orgId }));
    const incremental = await snapshotAggregates(db(), org.orgId);
    await rebuildAggregates(db(), org.orgId);
    expect(await snapshotAggregates(db(), org.orgId)).toEqual(incremental);
  });

  it("carries earlier merges on to the next survivor", async () => {
    const { org, survivor, merged } = await duplicates();
    const version = async (id: string) => (await db().select().from(customers).where(eq(customers.id, id)))[0]?.version ?? 0;
    await mergeCustomers(db(), { orgId: org.orgId, actorId: org.ownerId, survivorId: survivor.id, mergedId: merged.id, version: await version(survivor.id) });
    const third = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.ownerId, name: "Dana C." });
    await mergeCustomers(db(), { orgId: org.orgId, actorId: org.ownerId, survivorId: third.id, mergedId: survivor.id, version: await version(third.id) });
    const records = await db().select().from(customerMerges).where(eq(customerMerges.orgId, org.orgId));
    expect(records.map((r) => [r.survivorId, r.mergedId]).sort()).toEqual([[third.id, merged.id], [third.id, survivor.id]].sort());
    expect(await countOf(purchases, third.id)).toBe(4);
  });

  it("refuses a merge with itself, of an unknown customer, across organizations, or over a stale version, changing nothing", async () => {
    const { org, survivor, merged } = await duplicates();
    const other = await createTestOrg(db());
    const stranger = await createTestCustomer(db(), { orgId: other.orgId, actorId: other.ownerId, name: "Stranger" });
    const [current] = await db().select().from(customers).where(eq(customers.id, survivor.id));
    const version = current?.version ?? 0;
    const attempt = (input: Partial<Parameters<typeof mergeCustomers>[1]>) =>
      mergeCustomers(db(), { orgId: org.orgId, actorId: org.ownerId, survivorId: survivor.id, mergedId: merged.id, version, ...input }).catch((e: { code?: string; fieldErrors?: unknown }) => [e.code, e.fieldErrors]);
    expect(await attempt({ mergedId: survivor.id })).toEqual(["validation", { from: ["same_customer"] }]);
    expect(await attempt({ mergedId: stranger.id })).toEqual(["validation", { from: ["unknown_customer"] }]);
    expect(await attempt({ survivorId: stranger.id })).toEqual(["not_found", {}]);
    expect(await attempt({ version: version - 1 })).toEqual(["version_conflict", {}]);
    const rows = await db().select().from(customers).where(and(eq(customers.orgId, org.orgId), inArray(customers.id, [survivor.id, merged.id])));
    expect(rows.map((r) => r.version).sort()).toEqual([current?.version, (await db().select().from(customers).where(eq(customers.id, merged.id)))[0]?.version].sort());
    expect(await db().select().from(customerMerges).where(eq(customerMerges.orgId, org.orgId))).toEqual([]);
  });
});
