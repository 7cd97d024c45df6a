import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { queryRows } from "@/db/sql";
import { foldAllStageEventCounts } from "@/db/mutations/analytics-fold";
import { moveCustomer } from "@/db/mutations/moves";
import { reorderStages } from "@/db/mutations/settings-stages";
import { customers, feedback, organizations, purchases, stageEvents, stages, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { deleteOrganization } from "@/db/seed/demo-org";
import { getLoyalty } from "@/lib/analytics/loyalty/trends";
import { loyaltyReference } from "../support/reference/loyalty";
import { getRetention } from "@/lib/analytics/retention/cohorts";
import { retentionReference } from "../support/reference/retention";
import { getTeam } from "@/lib/analytics/loyalty/team";
import { teamReference } from "../support/reference/team";
import { brokenChains } from "../support/chains";
import { describeOnEngines } from "../support/engines";
import { mergeSomeCustomers } from "../support/merges";
import { random } from "../support/random";
import { rebuildAggregates, snapshotAggregates } from "../support/retention-aggregates";
import { insertCustomers, loadReferenceData } from "../support/retention-fixture";

const NOW = new Date("2025-06-20T09:00:00Z");
const DAY = 86_400_000;

describeOnEngines("retention aggregates equal their computation from scratch", (conn) => {
  let orgId = "";
  beforeAll(async () => {
    ({ orgId } = await seedDemo(conn().db, { customers: 300, seed: 11, now: NOW }));
  });

  /** The trigger-maintained rows, then the same tables rebuilt from the base tables: they must match. */
  async function expectAggregatesFromScratch() {
    const { db } = conn();
    const incremental = await snapshotAggregates(db, orgId);
    expect(incremental.retention_cells.length).toBeGreaterThan(0);
    await rebuildAggregates(db, orgId);
    expect(await snapshotAggregates(db, orgId)).toEqual(incremental);
  }

  async function expectReferenceFigures() {
    const { db } = conn();
    const data = await loadReferenceData(db, orgId, NOW);
    const scope = { orgId, now: NOW };
    const query = { from: "2023-12", to: "2025-07" };
    for (const mode of ["on", "onOrAfter"] as const) {
      const { range, ...result } = await getRetention(db, scope, { ...query, mode });
      expect(result).toEqual(retentionReference(data, range, mode));
    }
    const { range, ...loyalty } = await getLoyalty(db, scope, query);
    expect(loyalty).toEqual(loyaltyReference(data, range));
    expect(await getTeam(db, scope, query)).toEqual(teamReference(data, range));
  }

  it("after the seed", async () => {
    await expectAggregatesFromScratch();
    await expectReferenceFigures();
  });

  it("after random inserts, updates and deletes of every source", async () => {
    const { db } = conn();
    const rng = random(20250620);
    const at = () => new Date(NOW.getTime() - rng.int(540) * DAY - rng.int(DAY));
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
    const people = await db
      .select({ id: customers.id, stageKey: customers.stageKey, lost: customers.lost, ownerId: customers.ownerId, enteredAt: customers.stageEnteredAt })
      .from(customers)
      .where(eq(customers.orgId, orgId));
    const ids = people.map((c) => c.id);
    const owners = [...new Set(people.map((c) => c.ownerId))];
    const inOrg = <T extends typeof purchases | typeof feedback | typeof customers>(table: T, idList: string[]) =>
      and(eq(table.orgId, orgId), inArray(table.id, idList));

    // Purchases: new ones (some before a customer's first), moved in time, deleted.
    const newPurchase = () => ({ orgId, customerId: rng.pick(ids), at: at(), amountMinor: rng.int(90_000), currency: "ILS" });
    await db.insert(purchases).values(Array.from({ length: 25 }, newPurchase));
    const bought = (await db.select({ id: purchases.id }).from(purchases).where(eq(purchases.orgId, orgId))).map((p) => p.id);
    for (const id of Array.from({ length: 6 }, () => rng.pick(bought))) {
      await db.update(purchases).set({ at: at(), amountMinor: rng.int(90_000) }).where(inOrg(purchases, [id]));
    }
    await db.delete(purchases).where(inOrg(purchases, Array.from({ length: 6 }, () => rng.pick(bought))));

    // Feedback: new, rescored and moved back in time, deleted.
    const stageKeys = ["retention", "loyalty", "conversion"];
    const newFeedback = () => ({ orgId, customerId: rng.pick(ids), at: at(), score: rng.int(11), stageKey: rng.pick(stageKeys) });
    await db.insert(feedback).values(Array.from({ length: 12 }, newFeedback));
    const given = (await db.select({ id: feedback.id }).from(feedback).where(eq(feedback.orgId, orgId))).map((f) => f.id);
    await db
      .update(feedback)
      .set({ score: sql`10 - ${feedback.score}`, at: sql`${feedback.at} - interval '20 days'` })
      .where(inOrg(feedback, given.slice(0, 5)));
    await db.delete(feedback).where(inOrg(feedback, given.slice(5, 9)));

    // Moves appended after each customer's last one, as the app writes them.
    const moved = [...new Set(Array.from({ length: 12 }, () => rng.pick(people)))];
    await db.insert(stageEvents).values(
      moved.map((c) => ({
        orgId,
        customerId: c.id,
        fromKey: c.lost ? "lost" : c.stageKey,
        toKey: rng.pick(["conversion", "retention", "loyalty", "lost", "awareness"]),
        at: new Date(Math.max(c.enteredAt.getTime(), daysAgo(30).getTime()) + DAY),
        actorId: rng.pick(owners),
      })),
    );

    // New referred customers who convert and buy; referrals, creation dates and owners changed.
    await insertCustomers(
      db,
      orgId,
      Array.from({ length: 5 }, () => ({
        createdAt: at(),
        ownerId: rng.pick(owners),
        referredById: rng.pick(ids),
        events: [
          { from: null, to: "awareness", at: daysAgo(40) },
          { from: "awareness", to: "conversion", at: daysAgo(3), actorId: rng.pick(owners) },
        ],
        purchases: [{ at: daysAgo(3), amountMinor: 12_000 }],
      })),
    );
    await db.update(customers).set({ referredById: ids[0] }).where(inOrg(customers, ids.slice(1, 4)));
    await db.update(customers).set({ referredById: null }).where(inOrg(customers, ids.slice(4, 40)));
    await db.update(customers).set({ createdAt: at() }).where(inOrg(customers, ids.slice(40, 60)));
    await db.update(customers).set({ ownerId: owners[0] }).where(inOrg(customers, ids.slice(60, 90)));
    await db.update(stages).set({ journey: "retention" }).where(and(eq(stages.orgId, orgId), eq(stages.key, "consideration")));

    await expectAggregatesFromScratch();
    await expectReferenceFigures();
  });

  it("appends the stage-event counts of concurrent moves; reading leaves them, the scheduled fold merges them, every sum unchanged", async () => {
    const { db } = conn();
    const movable = await db
      .select({ id: customers.id, stageKey: customers.stageKey, version: customers.version, ownerId: customers.ownerId })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), eq(customers.lost, false), inArray(customers.stageKey, ["awareness", "engagement"])))
      .limit(12);
    expect(movable.length).toBeGreaterThan(5);
    const [actor] = await db.select({ id: users.id }).from(users).where(eq(users.orgId, orgId)).limit(1);
    const moves = movable.map((c) =>
      moveCustomer(db, { orgId, actorId: actor?.id ?? "", customerId: c.id, to: c.stageKey === "awareness" ? "engagement" : "awareness", version: c.version, reason: "test" }),
    );
    expect((await Promise.allSettled(moves)).filter((r) => r.status === "rejected")).toEqual([]);
    const unfolded = () =>
      queryRows<{ n: number }>(db, sql`select ((select count(*) from loyalty_stage_months where org_id = ${orgId} and not folded) + (select count(*) from team_months where org_id = ${orgId} and not folded))::int as n`);
    expect((await unfolded())[0]?.n).toBeGreaterThanOrEqual(movable.length);
    const before = await snapshotAggregates(db, orgId);
    const appended = (await unfolded())[0]?.n;

    const read = () => getLoyalty(db, { orgId, now: NOW }, { from: "2024-01", to: "2025-06" });
    const figures = await read();
    expect((await unfolded())[0]?.n).toBe(appended);
    await foldAllStageEventCounts(db);
    expect((await unfolded())[0]?.n).toBe(0);
    expect(await read()).toEqual(figures);
    const duplicates = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (select 1 from loyalty_stage_months where org_id = ${orgId} group by month, stage_key having count(*) > 1) d`,
    );
    expect(duplicates[0]?.n).toBe(0);
    expect(await snapshotAggregates(db, orgId)).toEqual(before);
    await expectAggregatesFromScratch();
  });

  it("after merges of customers: the survivors' histories stay chains, every figure equals its computation from scratch", async () => {
    const { db } = conn();
    const [actor] = await db.select({ id: users.id }).from(users).where(eq(users.orgId, orgId)).limit(1);
    const before = (await db.select({ id: customers.id }).from(customers).where(eq(customers.orgId, orgId))).length;
    // The previous test appended moves straight into stage_events without touching the customer rows: those stay as they were.
    const brokenBefore = new Set((await brokenChains(db, orgId)).map((c) => c.id));
    await mergeSomeCustomers(db, orgId, actor?.id ?? "", 15, 7);
    expect((await db.select({ id: customers.id }).from(customers).where(eq(customers.orgId, orgId))).length).toBe(before - 15);
    expect((await brokenChains(db, orgId)).filter((c) => !brokenBefore.has(c.id))).toEqual([]);
    await expectAggregatesFromScratch();
    await expectReferenceFigures();
  });

  it("after a change of the organization's time zone", async () => {
    await conn().db.update(organizations).set({ timeZone: "Asia/Tehran" }).where(eq(organizations.id, orgId));
    await expectReferenceFigures();
    await expectAggregatesFromScratch();
  });

  it("after a reorder through the stage editor, whose passing state with negative positions is skipped", async () => {
    const { db } = conn();
    const keys = (await db.select({ key: stages.key }).from(stages).where(and(eq(stages.orgId, orgId), eq(stages.journey, "acquisition"))).orderBy(stages.position)).map((s) => s.key);
    await reorderStages(db, { orgId, journey: "acquisition", keys: [...keys.slice(2), ...keys.slice(0, 2)] });
    await expectAggregatesFromScratch();
  });

  it("with concurrent purchases for the same customers", async () => {
    const { db } = conn();
    const [a, b] = await db.select({ id: customers.id }).from(customers).where(eq(customers.orgId, orgId)).limit(2);
    if (!a || !b) throw new Error("the seed has customers");
    const buy = (customerId: string, daysBack: number) => ({ orgId, customerId, at: new Date(NOW.getTime() - daysBack * DAY), amountMinor: 500, currency: "ILS" });
    // Each transaction buys for both customers, half of them in the opposite order.
    const write = (first: string, second: string, i: number) =>
      db.transaction(async (tx) => {
        await tx.insert(purchases).values(buy(first, i * 17));
        await tx.insert(purchases).values(buy(second, i * 23));
      });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => (i % 2 ? write(a.id, b.id, i) : write(b.id, a.id, i))));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    await expectAggregatesFromScratch();
  });

  it("leaves nothing behind when the organization is deleted", async () => {
    const { db } = conn();
    await deleteOrganization(db, orgId);
    const leftovers = await queryRows<{ n: number }>(
      db,
      sql`select (select count(*) from retention_cells where org_id = ${orgId}) + (select count(*) from loyalty_months where org_id = ${orgId})
            + (select count(*) from team_conversions where org_id = ${orgId}) + (select count(*) from organizations where id = ${orgId}) as n`,
    );
    expect(leftovers[0]?.n).toBe(0);
  });
});
