import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { createCustomer } from "@/db/mutations/customers";
import { addStage, setStageArchived } from "@/db/mutations/settings-stages";
import { customers, purchases, stageEvents, stages } from "@/db/schema";
import { DomainError } from "@/core/errors";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;

async function outcome(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (error === null) return "ok";
  if (!(error instanceof DomainError)) throw error;
  return { status: error.status, code: error.code, fieldErrors: error.fieldErrors, details: error.details };
}

describeOnEngines("creating customers", (conn) => {
  const db = () => conn().db;

  it("answers an external id held outside the caller's scope as taken, with none of the record", async () => {
    const org = await createTestOrg(db());
    const mine = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, externalId: "crm-7", email: "secret@example.com" });
    const asSales2 = { orgId: org.orgId, actorId: org.sales2Id, ownerId: org.sales2Id, scopeOwnerId: org.sales2Id, name: "Probe", externalId: "crm-7" };
    expect(await outcome(createCustomer(db(), asSales2))).toEqual({ status: 409, code: "external_id_taken", fieldErrors: { externalId: ["external_id_taken"] }, details: {} });
    const again = await createCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, scopeOwnerId: org.salesId, name: "Repeat", externalId: "crm-7" });
    expect(again).toMatchObject({ created: false, customer: { id: mine.id, name: mine.name } });
    const manager = await createCustomer(db(), { orgId: org.orgId, actorId: org.managerId, name: "Repeat", externalId: "crm-7" });
    expect(manager).toMatchObject({ created: false, customer: { id: mine.id } });
    expect(await db().select().from(customers).where(eq(customers.orgId, org.orgId))).toHaveLength(1);
  });

  it("keeps the scope when two sales users race for one external id: the loser never sees the winner's record", async () => {
    const org = await createTestOrg(db());
    const as = (userId: string, name: string, externalId: string) =>
      createCustomer(db(), { orgId: org.orgId, actorId: userId, ownerId: userId, scopeOwnerId: userId, name, externalId });
    for (let i = 0; i < 10; i++) {
      const results = await Promise.all([outcome(as(org.salesId, "First", `race-${i}`)), outcome(as(org.sales2Id, "Second", `race-${i}`))]);
      expect(results.filter((r) => r === "ok")).toHaveLength(1);
      expect(results.filter((r) => r !== "ok")).toEqual([{ status: 409, code: "external_id_taken", fieldErrors: { externalId: ["external_id_taken"] }, details: {} }]);
    }
  });

  it("lets a sales user name only their own customers as the referrer", async () => {
    const org = await createTestOrg(db());
    const theirs = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId });
    const own = await createTestCustomer(db(), { orgId: org.orgId, actorId: org.sales2Id, ownerId: org.sales2Id });
    const referred = (referredById: string, scopeOwnerId?: string) =>
      createCustomer(db(), { orgId: org.orgId, actorId: org.sales2Id, ownerId: org.sales2Id, scopeOwnerId, name: "Referred", referredById });
    expect(await outcome(referred(theirs.id, org.sales2Id))).toMatchObject({ status: 422, fieldErrors: { referredById: ["unknown_customer"] } });
    expect(await outcome(referred(own.id, org.sales2Id))).toBe("ok");
    expect(await outcome(referred(theirs.id))).toBe("ok");
  });

  it("checks a starting stage's rules as a move into it: required fields and forward-only skips", async () => {
    const org = await createTestOrg(db());
    const at = new Date(Date.now() - 30 * DAY);
    const base = { orgId: org.orgId, actorId: org.ownerId, name: "Back-filled", at };
    await db().update(stages).set({ requiredFields: ["purchaseAmount", "email"] }).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "conversion")));
    expect(await outcome(createCustomer(db(), { ...base, stage: "conversion" }))).toMatchObject({
      status: 422,
      fieldErrors: { purchaseAmount: ["required_by_stage"], email: ["required_by_stage"] },
    });
    const { customer } = await createCustomer(db(), { ...base, stage: "conversion", email: "buyer@example.com", purchaseAmountMinor: 12_000, currency: "EUR" });
    expect(await db().select({ amountMinor: purchases.amountMinor, currency: purchases.currency, at: purchases.at }).from(purchases).where(eq(purchases.customerId, customer.id))).toEqual([
      { amountMinor: 12_000, currency: "EUR", at },
    ]);

    await db().update(stages).set({ transitionRule: "forward_only" }).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "awareness")));
    expect(await outcome(createCustomer(db(), { ...base, stage: "consideration" }))).toMatchObject({ status: 422, fieldErrors: { reason: ["reason_required_skip"] } });
    expect(await outcome(createCustomer(db(), { ...base, stage: "engagement" }))).toBe("ok");
    const skipped = await createCustomer(db(), { ...base, stage: "consideration", reason: "came from a partner", note: "met at the fair" });
    const [event] = await db().select().from(stageEvents).where(eq(stageEvents.customerId, skipped.customer.id));
    expect(event).toMatchObject({ fromKey: null, toKey: "consideration", reason: "came from a partner", note: "met at the fair" });

    await db().update(stages).set({ requiredFields: ["phone"] }).where(and(eq(stages.orgId, org.orgId), eq(stages.key, "awareness")));
    expect(await outcome(createCustomer(db(), base))).toMatchObject({ status: 422, fieldErrors: { phone: ["required_by_stage"] } });
    expect(await outcome(createCustomer(db(), { ...base, phone: "+972 50 123 4567" }))).toBe("ok");
  });

  it("refuses an archived or unknown starting stage", async () => {
    const org = await createTestOrg(db());
    await addStage(db(), { orgId: org.orgId, key: "qualified", journey: "acquisition", details: { labelHe: "q", labelFa: "q", labelEn: "Qualified", transitionRule: "any", requiredFields: [], idleDays: 5 } });
    await setStageArchived(db(), { orgId: org.orgId, key: "qualified", archived: true });
    const base = { orgId: org.orgId, actorId: org.ownerId, name: "Late" };
    expect(await outcome(createCustomer(db(), { ...base, stage: "qualified" }))).toMatchObject({ status: 422, fieldErrors: { stage: ["archived_stage"] } });
    expect(await outcome(createCustomer(db(), { ...base, stage: "nowhere" }))).toMatchObject({ status: 422, fieldErrors: { stage: ["unknown_stage"] } });
  });
});

/** Concurrency needs connections of its own: PGlite runs one statement at a time. */
describeOnEngines("creating customers while a stage is archived", (conn) => {
  it("never leaves a customer in an archived stage", async (context) => {
    if (conn().engine !== "postgres") context.skip();
    const { db } = conn();
    const org = await createTestOrg(db);
    let stranded = 0;
    for (let i = 0; i < 40; i++) {
      const key = `race_${i}`;
      await addStage(db, { orgId: org.orgId, key, journey: "acquisition", details: { labelHe: key, labelFa: key, labelEn: key, transitionRule: "any", requiredFields: [], idleDays: 5 } });
      const [created] = await Promise.all([
        outcome(createCustomer(db, { orgId: org.orgId, actorId: org.ownerId, name: `In ${key}`, stage: key })),
        outcome(setStageArchived(db, { orgId: org.orgId, key, archived: true })),
      ]);
      const [stage] = await db.select().from(stages).where(and(eq(stages.orgId, org.orgId), eq(stages.key, key)));
      const inStage = await db.select().from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.stageKey, key)));
      if (stage?.archivedAt && inStage.length > 0) stranded++;
      expect(created === "ok" ? inStage.length : 0).toBe(inStage.length);
      // Let the next round start from a live journey.
      if (!stage?.archivedAt) await db.delete(stageEvents).where(and(eq(stageEvents.orgId, org.orgId), eq(stageEvents.toKey, key)));
      if (!stage?.archivedAt) await db.delete(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.stageKey, key)));
    }
    expect(stranded).toBe(0);
  });
});
