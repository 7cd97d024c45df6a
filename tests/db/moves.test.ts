import { and, asc, count, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { bulkMove } from "@/db/mutations/bulk-moves";
import { moveCustomer } from "@/db/mutations/moves";
import { customers, purchases, stageEvents, stages } from "@/db/schema";
import { DomainError } from "@/core/errors";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return { status: error.status, code: error.code, fieldErrors: error.fieldErrors };
}

describeOnEngines("stage moves", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  beforeAll(async () => {
    org = await createTestOrg(conn().db);
  });

  const history = (customerId: string) =>
    conn()
      .db.select()
      .from(stageEvents)
      .where(and(eq(stageEvents.orgId, org.orgId), eq(stageEvents.customerId, customerId)))
      .orderBy(asc(stageEvents.at));

  it("appends one event per move and keeps the customer row in step", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, at: daysAgo(10) });
    expect(c).toMatchObject({ stageKey: "awareness", version: 1, lost: false });
    const first = await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "consideration", version: 1, at: daysAgo(5), note: "call went well" });
    expect(first.customer).toMatchObject({ stageKey: "consideration", version: 2 });
    const lost = await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "lost", version: 2, reason: "too expensive" });
    expect(lost.customer).toMatchObject({ stageKey: "consideration", lost: true, lostReason: "too expensive", version: 3 });
    const back = await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "engagement", version: 3 });
    expect(back.customer).toMatchObject({ stageKey: "engagement", lost: false, lostReason: null, version: 4 });
    const events = await history(c.id);
    expect(events.map((e) => [e.fromKey, e.toKey])).toEqual([
      [null, "awareness"],
      ["awareness", "consideration"],
      ["consideration", "lost"],
      ["lost", "engagement"],
    ]);
    expect(events[1]).toMatchObject({ note: "call went well", actorId: org.salesId });
    expect(back.customer.stageEnteredAt.getTime()).toBe(events[3]?.at.getTime());
  });

  it("refuses a move against a stale version and writes nothing", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId });
    await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "engagement", version: 1 });
    expect(await refusal(moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "conversion", version: 1 }))).toMatchObject({
      status: 409,
      code: "version_conflict",
    });
    expect(await history(c.id)).toHaveLength(2);
  });

  it("of 20 concurrent moves on one version, exactly one succeeds", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId });
    const targets = ["engagement", "consideration", "conversion", "retention", "loyalty"];
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: targets[i % targets.length] ?? "engagement", version: 1 }),
      ),
    );
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const conflicts = outcomes.filter((o) => o.status === "rejected" && o.reason instanceof DomainError && o.reason.status === 409);
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(19);
    const events = await history(c.id);
    expect(events).toHaveLength(2);
    const [row] = await db.select().from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, c.id)));
    expect(row).toMatchObject({ version: 2, stageKey: events[1]?.toKey });
  });

  it("a move racing the archiving of its target stage is refused, never left in an archived stage", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId });
    const engagement = and(eq(stages.orgId, org.orgId), eq(stages.key, "engagement"));
    let commitArchive = () => {};
    let archiveLocked = () => {};
    const locked = new Promise<void>((resolve) => (archiveLocked = resolve));
    const archive = db.transaction(async (tx) => {
      await tx.update(stages).set({ archivedAt: new Date() }).where(engagement);
      archiveLocked();
      await new Promise<void>((resolve) => (commitArchive = resolve));
    });
    await locked;
    const move = refusal(moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "engagement", version: 1 }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    commitArchive();
    await archive;
    try {
      expect(await move).toMatchObject({ status: 422, fieldErrors: { to: ["archived_stage"] } });
      expect(await history(c.id)).toHaveLength(1);
    } finally {
      await db.update(stages).set({ archivedAt: null }).where(engagement);
    }
  });

  it("back-fills `at` but never into the future nor before the last move", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, at: daysAgo(30) });
    const move = (at: Date, version = 1) => moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "engagement", version, at });
    expect(await refusal(move(new Date(Date.now() + 60_000)))).toMatchObject({ status: 422, fieldErrors: { at: ["in_future"] } });
    expect(await refusal(move(daysAgo(31)))).toMatchObject({ status: 422, fieldErrors: { at: ["before_last_move"] } });
    const when = daysAgo(20);
    const ok = await move(when);
    expect(ok.event.at.getTime()).toBe(when.getTime());
    expect(ok.customer.stageEnteredAt.getTime()).toBe(when.getTime());
    expect(await history(c.id)).toHaveLength(2);
  });

  it("hides other sales users' customers and other organizations' customers (404)", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId });
    expect(await refusal(moveCustomer(db, { orgId: org.orgId, actorId: org.sales2Id, ownerId: org.sales2Id, customerId: c.id, to: "engagement", version: 1 }))).toMatchObject({ status: 404 });
    const other = await createTestOrg(db);
    expect(await refusal(moveCustomer(db, { orgId: other.orgId, actorId: other.ownerId, customerId: c.id, to: "engagement", version: 1 }))).toMatchObject({ status: 404 });
    expect(await history(c.id)).toHaveLength(1);
  });

  it("applies owner-configured rules: reasons for backward moves, a purchase amount for conversion", async () => {
    const { db } = conn();
    const strictOrg = await createTestOrg(db);
    await db.update(stages).set({ transitionRule: "forward_only" }).where(eq(stages.orgId, strictOrg.orgId));
    await db.update(stages).set({ requiredFields: ["purchaseAmount"] }).where(and(eq(stages.orgId, strictOrg.orgId), eq(stages.key, "conversion")));
    const c = await createTestCustomer(db, { orgId: strictOrg.orgId, actorId: strictOrg.salesId, stage: "consideration", reason: "came in warm" });
    const base = { orgId: strictOrg.orgId, actorId: strictOrg.salesId, customerId: c.id, version: 1 };
    expect(await refusal(moveCustomer(db, { ...base, to: "awareness" }))).toMatchObject({ status: 422, fieldErrors: { reason: ["reason_required_backward"] } });
    expect(await refusal(moveCustomer(db, { ...base, to: "conversion" }))).toMatchObject({ status: 422, fieldErrors: { purchaseAmount: ["required_by_stage"] } });
    await moveCustomer(db, { ...base, to: "conversion", purchaseAmountMinor: 45_000 });
    const bought = await db.select().from(purchases).where(and(eq(purchases.orgId, strictOrg.orgId), eq(purchases.customerId, c.id)));
    expect(bought.map((p) => p.amountMinor)).toEqual([45_000]);
  });

  it("bulk-moves in one transaction and reports conflicts per customer", async () => {
    const { db } = conn();
    const a = await createTestCustomer(db, { orgId: org.orgId, actorId: org.managerId });
    const b = await createTestCustomer(db, { orgId: org.orgId, actorId: org.managerId });
    const results = await bulkMove(db, {
      orgId: org.orgId,
      actorId: org.managerId,
      to: "consideration",
      reason: "campaign reply",
      items: [
        { customerId: a.id, version: 1 },
        { customerId: b.id, version: 7 },
      ],
    });
    expect(results).toEqual([
      { customerId: a.id, ok: true, version: 2 },
      { customerId: b.id, ok: false, status: 409, code: "version_conflict", fieldErrors: {} },
    ]);
    expect((await history(a.id)).map((e) => e.reason)).toEqual([null, "campaign reply"]);
    expect(await history(b.id)).toHaveLength(1);
  });

  it("creates customers idempotently on externalId", async () => {
    const { db } = conn();
    const first = await createTestCustomer(db, { orgId: org.orgId, actorId: org.ownerId, externalId: "crm-42", stage: "retention", at: daysAgo(3) });
    const again = await createTestCustomer(db, { orgId: org.orgId, actorId: org.ownerId, externalId: "crm-42", name: "Changed" });
    expect(again.id).toBe(first.id);
    const [n] = await db.select({ n: count() }).from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.externalId, "crm-42")));
    expect(n?.n).toBe(1);
    expect(await history(first.id)).toHaveLength(1);
    expect(first).toMatchObject({ stageKey: "retention" });
  });
});
