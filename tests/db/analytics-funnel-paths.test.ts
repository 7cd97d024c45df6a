import { and, eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { addStage, reorderStages, setStageArchived } from "@/db/mutations/settings-stages";
import { funnel } from "@/db/queries/analytics-funnel";
import { rebuildStaleFunnelPaths } from "@/db/mutations/funnel-paths-rebuild";
import { pathsFollowStageOrder, pathsFromScratch, storedPaths } from "@/db/queries/analytics-funnel-paths";
import { stages, users } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import { queryRows } from "@/db/sql";
import type { FunnelQuery } from "@/core/analytics/types";
import { describeOnEngines } from "../support/engines";
import { insertRandomEvents } from "../support/random-events";
import { mergeSomeCustomers } from "../support/merges";

const NOW = new Date("2025-06-15T12:00:00Z");
const queries: FunnelQuery[] = [
  { from: "2024-12-15", to: "2025-06-16", journey: "acquisition", cohort: "created", order: "strict", windowDays: 14 },
  { from: "2025-03-01", to: "2025-04-01", journey: "acquisition", cohort: "created", order: "strict", breakdown: "channel" },
  { from: "2025-01-01", to: "2025-06-16", journey: "acquisition", cohort: "created", order: "any", windowDays: 30, breakdown: "owner" },
  { from: "2025-01-01", to: "2025-06-16", journey: "retention", cohort: "created", order: "strict", asOf: "2025-05-01" },
  { from: "2024-06-01", to: "2025-06-16", journey: "retention", cohort: "created", order: "any", asOf: "2025-03-10", channel: "whatsapp" },
];

/** The stored paths equal their computation from scratch, and the funnels they answer equal those from stage_events. */
async function expectCurrent(db: Db, orgId: string) {
  expect(await pathsFollowStageOrder(db, { orgId })).toBe(true);
  expect(await storedPaths(db, { orgId })).toEqual(await pathsFromScratch(db, { orgId }));
  for (const q of queries) expect(await funnel(db, { orgId, ...q })).toEqual(await funnel(db, { orgId, ...q }, "history"));
}

describeOnEngines("funnel_paths stays equal to the computation from scratch", (conn) => {
  let orgId = "";
  beforeAll(async () => {
    ({ orgId } = await seedDemo(conn().db, { customers: 300, seed: 17, now: NOW }));
  });

  it("after the demo seed", async () => {
    const { db } = conn();
    expect((await storedPaths(db, { orgId })).length).toBeGreaterThan(300);
    await expectCurrent(db, orgId);
  });

  it("after random extra events, back-dated ones included, in several statements", async () => {
    const { db } = conn();
    await insertRandomEvents(db, orgId, { seed: 8, now: NOW });
    await expectCurrent(db, orgId);
  });

  it("after owner and channel changes and merges", async () => {
    const { db } = conn();
    await db.execute(sql`update customers set channel = 'event' where org_id = ${orgId} and channel = 'whatsapp'`);
    const [staff] = await db.select({ id: users.id }).from(users).where(and(eq(users.orgId, orgId), eq(users.role, "owner")));
    await db.execute(sql`update customers set owner_id = ${staff?.id ?? null}::uuid where org_id = ${orgId} and owner_id is null`);
    await mergeSomeCustomers(db, orgId, staff?.id ?? "", 15, 4);
    await expectCurrent(db, orgId);
  });

  it("after the stage order changes: a reorder, an archived stage, a new stage, a stage moved to the other journey", async () => {
    const { db } = conn();
    await reorderStages(db, { orgId, journey: "acquisition", keys: ["awareness", "consideration", "engagement", "conversion"] });
    await expectCurrent(db, orgId);
    // Customers sit in engagement, so the editor would refuse: archived directly, as it would be once they left.
    await db.update(stages).set({ archivedAt: NOW }).where(and(eq(stages.orgId, orgId), eq(stages.key, "engagement")));
    await expectCurrent(db, orgId);
    await setStageArchived(db, { orgId, key: "engagement", archived: false });
    await expectCurrent(db, orgId);
    await db.update(stages).set({ archivedAt: NOW }).where(and(eq(stages.orgId, orgId), eq(stages.key, "engagement")));
    const details = { labelHe: "ניסיון", labelFa: "آزمایش", labelEn: "Trial", transitionRule: "any" as const, requiredFields: [], idleDays: 7 };
    await addStage(db, { orgId, key: "trial", journey: "acquisition", details });
    await expectCurrent(db, orgId);
    await db.update(stages).set({ journey: "retention" }).where(and(eq(stages.orgId, orgId), eq(stages.key, "conversion")));
    await expectCurrent(db, orgId);
  });

  it("rebuilds only when the stage order changed", async () => {
    const { db } = conn();
    await db.execute(sql`update funnel_paths set strict_at = '{}' where org_id = ${orgId}`);
    await db.update(stages).set({ labelEn: "Aware" }).where(and(eq(stages.orgId, orgId), eq(stages.key, "awareness")));
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from funnel_paths where org_id = ${orgId} and strict_at <> '{}'`);
    expect(row?.n).toBe(0);
    await db.execute(sql`select funnel_paths_rebuild(${orgId}::uuid)`);
    await expectCurrent(db, orgId);
  });

  it("over the sync limit, a stage-order change waits for the batched rebuild and funnels read stage_events meanwhile", async () => {
    const { db } = conn();
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('masir.funnel_paths_sync_limit', '0', true)`);
      await tx.update(stages).set({ archivedAt: null }).where(and(eq(stages.orgId, orgId), eq(stages.key, "engagement")));
    });
    expect(await pathsFollowStageOrder(db, { orgId })).toBe(false);
    expect(await storedPaths(db, { orgId })).not.toEqual(await pathsFromScratch(db, { orgId }));
    for (const q of queries) expect(await funnel(db, { orgId, ...q })).toEqual(await funnel(db, { orgId, ...q }, "history"));

    await insertRandomEvents(db, orgId, { seed: 9, now: NOW });
    const [before] = await queryRows<{ order: string }>(db, sql`select funnel_path_stage_order(${orgId}::uuid) as order`);
    const [refused] = await queryRows<{ current: boolean | null }>(db, sql`select funnel_paths_mark_current(${orgId}::uuid, 'an older order') as current`);
    expect(refused?.current).toBeNull();
    expect(await pathsFollowStageOrder(db, { orgId })).toBe(false);

    expect(await rebuildStaleFunnelPaths(db, 37)).toBeGreaterThanOrEqual(1);
    const [after] = await queryRows<{ order: string }>(db, sql`select stage_order as order from funnel_path_stage_orders where org_id = ${orgId}`);
    expect(after?.order).toBe(before?.order);
    await expectCurrent(db, orgId);
  });
});
