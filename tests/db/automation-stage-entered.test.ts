import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { createAutomation, updateAutomation } from "@/db/mutations/automations";
import { runPendingFirings } from "@/db/mutations/automation-firings";
import { bulkMove } from "@/db/mutations/bulk-moves";
import { applyMove, moveCustomer } from "@/db/mutations/moves";
import { listNotifications } from "@/db/queries/notifications";
import { listOpenTasksOf } from "@/db/queries/tasks";
import { automationFirings, tasks } from "@/db/schema";
import type { AutomationInput } from "@/core/automation/rules";
import { playbookInput } from "../support/automations";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const followUp = (stage: string, extra: Partial<AutomationInput> = {}) =>
  playbookInput({ type: "stage_entered", stage }, { name: `Entered ${stage}`, title: "Call {name} ({stage}, owner {owner})", dueInDays: 2, ...extra });

describeOnEngines("automation: stage entered", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  beforeAll(async () => {
    org = await createTestOrg(conn().db);
  });

  const firingsOf = (automationId: string) =>
    conn().db.select().from(automationFirings).where(and(eq(automationFirings.orgId, org.orgId), eq(automationFirings.automationId, automationId)));
  const tasksOf = (automationId: string) =>
    conn().db.select().from(tasks).where(and(eq(tasks.orgId, org.orgId), eq(tasks.automationId, automationId)));
  const newCustomer = () => createTestCustomer(conn().db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Dana" });
  const move = (customerId: string, to: string, version: number) => moveCustomer(conn().db, { orgId: org.orgId, actorId: org.salesId, customerId, to, version });

  it("records one firing per entry with the move, and the runner makes the owner's task once", async () => {
    const { db } = conn();
    const playbook = await createAutomation(db, { orgId: org.orgId, userId: org.ownerId, input: followUp("engagement") });
    const c = await newCustomer();
    await move(c.id, "engagement", 1);
    const [firing] = await firingsOf(playbook.id);
    expect(firing).toMatchObject({ customerId: c.id, status: "pending", depth: 0 });
    expect(await tasksOf(playbook.id)).toHaveLength(0);

    await runPendingFirings(db);
    await runPendingFirings(db);
    const made = await tasksOf(playbook.id);
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ customerId: c.id, assigneeId: org.salesId, title: "Call Dana (מעורבות, owner sales)" });
    const [done] = await firingsOf(playbook.id);
    expect(done).toMatchObject({ status: "done", results: [{ type: "task", status: "done" }] });
    const bell = await listNotifications(db, { orgId: org.orgId, userId: org.salesId });
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: "task_assigned", customerId: c.id, params: { title: "Call Dana (מעורבות, owner sales)", customerName: "Dana", automationName: "Entered engagement" } });
    const dueSoon = await listOpenTasksOf(db, { orgId: org.orgId, assigneeId: org.salesId, due: "week" });
    expect(dueSoon.map((t) => t.title)).toEqual(["Call Dana (מעורבות, owner sales)"]);
    expect(await listOpenTasksOf(db, { orgId: org.orgId, assigneeId: org.salesId, due: "today" })).toEqual([]);

    await move(c.id, "awareness", 2);
    await move(c.id, "engagement", 3);
    await runPendingFirings(db);
    expect(await firingsOf(playbook.id)).toHaveLength(2);
    expect(await tasksOf(playbook.id)).toHaveLength(2);
  });

  it("of concurrent runners each firing is run by exactly one", async () => {
    const { db } = conn();
    const playbook = await createAutomation(db, { orgId: org.orgId, userId: org.ownerId, input: followUp("consideration") });
    const moved = await Promise.all(Array.from({ length: 12 }, () => newCustomer()));
    for (const c of moved) await move(c.id, "consideration", 1);
    const runs = await Promise.all(Array.from({ length: 4 }, () => runPendingFirings(db, { limit: 5 })));
    const rest = await runPendingFirings(db);
    expect(runs.reduce((a, b) => a + b, 0) + rest).toBe(12);
    const made = await tasksOf(playbook.id);
    expect(made).toHaveLength(12);
    expect(new Set(made.map((t) => t.customerId)).size).toBe(12);
  });

  it("fires for bulk moves, not for a rolled-back move, not when disabled, and only for customers that pass the filter", async () => {
    const { db } = conn();
    const playbook = await createAutomation(db, { orgId: org.orgId, userId: org.ownerId, input: followUp("conversion", { filter: { ownerId: org.salesId } }) });
    const [a, b] = [await newCustomer(), await newCustomer()];
    const other = await createTestCustomer(db, { orgId: org.orgId, actorId: org.sales2Id, ownerId: org.sales2Id });
    await bulkMove(db, { orgId: org.orgId, actorId: org.managerId, to: "conversion", items: [a, b, other].map((c) => ({ customerId: c.id, version: 1 })) });
    expect((await firingsOf(playbook.id)).map((f) => f.customerId).sort()).toEqual([a.id, b.id].sort());

    const rolledBack = await newCustomer();
    await db
      .transaction(async (tx) => {
        await applyMove(tx, { orgId: org.orgId, actorId: org.salesId, customerId: rolledBack.id, to: "conversion", version: 1 });
        throw new Error("abort");
      })
      .catch(() => undefined);
    await updateAutomation(db, { orgId: org.orgId, id: playbook.id, input: { enabled: false } });
    const later = await newCustomer();
    await move(later.id, "conversion", 1);
    expect(await firingsOf(playbook.id)).toHaveLength(2);
  });

  it("skips the task when the customer has no owner, and records it", async () => {
    const { db } = conn();
    const playbook = await createAutomation(db, { orgId: org.orgId, userId: org.ownerId, input: followUp("retention") });
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.managerId });
    await move(c.id, "retention", 1);
    await runPendingFirings(db);
    const [firing] = await firingsOf(playbook.id);
    expect(firing).toMatchObject({ status: "done", results: [{ type: "task", status: "skipped", detail: "no_assignee" }] });
  });
});
