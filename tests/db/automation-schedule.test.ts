import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { addTouchpoint } from "@/db/mutations/activity";
import { countDue, recordDueFirings } from "@/db/mutations/automation-schedule";
import { createAutomation } from "@/db/mutations/automations";
import { moveCustomer } from "@/db/mutations/moves";
import { automationFirings, customers, tasks } from "@/db/schema";
import { drainFirings, runScheduledAutomations } from "@/lib/automation/engine";
import type { AutomationInput } from "@/core/automation/rules";
import { playbookInput } from "../support/automations";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

const playbook = (trigger: AutomationInput["trigger"], extra: Partial<AutomationInput> = {}) => playbookInput(trigger, { title: "{name}: {days} days in {stage}", ...extra });

describeOnEngines("automation: scheduled triggers", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  beforeAll(async () => {
    org = await createTestOrg(conn().db);
  });

  const firingsOf = (automationId: string) =>
    conn().db.select().from(automationFirings).where(and(eq(automationFirings.orgId, org.orgId), eq(automationFirings.automationId, automationId)));
  const tasksOf = (automationId: string) => conn().db.select().from(tasks).where(and(eq(tasks.orgId, org.orgId), eq(tasks.automationId, automationId)));
  const customerAt = (days: number, name = "Noa") => createTestCustomer(conn().db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name, at: daysAgo(days) });
  const create = (input: AutomationInput) => createAutomation(conn().db, { orgId: org.orgId, userId: org.ownerId, input });

  it("idle_in_stage fires once per stay for customers in the stage at least `days`, whatever the number of runs", async () => {
    const { db } = conn();
    // Customers start in awareness: 10 and 6 days ago are idle for 5 days, 2 days ago is not.
    const old = await customerAt(10, "Old");
    await customerAt(6, "Mid");
    const fresh = await customerAt(2, "Fresh");
    const idle = await create(playbook({ type: "idle_in_stage", stage: "awareness", days: 5 }, { filter: { ownerId: org.salesId } }));
    expect(await countDue(db, idle)).toBe(2);
    expect(await recordDueFirings(db, idle)).toEqual({ matched: 2, fired: 2 });
    expect(await recordDueFirings(db, idle)).toEqual({ matched: 0, fired: 0 });
    await drainFirings(db);
    const made = await tasksOf(idle.id);
    expect(made.map((t) => t.title).sort()).toEqual(["Mid: 6 days in מודעות", "Old: 10 days in מודעות"]);
    expect(made.every((t) => t.customerId !== fresh.id)).toBe(true);

    // A new stay in the stage is a new occurrence, once it is idle again.
    await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: old.id, to: "engagement", version: 1, at: daysAgo(9) });
    await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: old.id, to: "awareness", version: 2, at: daysAgo(8) });
    expect(await recordDueFirings(db, idle)).toEqual({ matched: 1, fired: 1 });
    expect(new Set((await firingsOf(idle.id)).map((f) => f.occurrence)).size).toBe(3);
  });

  it("a run adds at most the playbook's cap; the rest fire on the next runs, and concurrent runs fire each once", async () => {
    const { db } = conn();
    for (let i = 0; i < 7; i++) await createTestCustomer(db, { orgId: org.orgId, actorId: org.sales2Id, ownerId: org.sales2Id, at: daysAgo(30) });
    const capped = await create(playbook({ type: "idle_in_stage", stage: "awareness", days: 20 }, { filter: { ownerId: org.sales2Id }, runCap: 3 }));
    expect(await recordDueFirings(db, capped)).toEqual({ matched: 7, fired: 3 });
    const concurrent = await Promise.all([recordDueFirings(db, capped), recordDueFirings(db, capped), recordDueFirings(db, capped)]);
    expect(concurrent.reduce((sum, r) => sum + r.fired, 0)).toBeLessThanOrEqual(4);
    while ((await recordDueFirings(db, capped)).fired > 0);
    expect(await firingsOf(capped.id)).toHaveLength(7);
    await Promise.all([drainFirings(db), drainFirings(db)]);
    expect(await tasksOf(capped.id)).toHaveLength(7);
  });

  it("no_contact fires once per silence and a new touchpoint re-arms it", async () => {
    const { db } = conn();
    const quiet = await createTestCustomer(db, { orgId: org.orgId, actorId: org.managerId, ownerId: org.managerId, at: daysAgo(90) });
    const silence = await create(playbook({ type: "no_contact", days: 60 }, { filter: { ownerId: org.managerId } }));
    expect(await recordDueFirings(db, silence)).toEqual({ matched: 1, fired: 1 });
    expect(await recordDueFirings(db, silence)).toEqual({ matched: 0, fired: 0 });
    await addTouchpoint(db, { orgId: org.orgId, customerId: quiet.id, actorId: org.managerId, channel: "phone", kind: "call", at: daysAgo(70) });
    expect(await recordDueFirings(db, silence)).toEqual({ matched: 1, fired: 1 });
    await addTouchpoint(db, { orgId: org.orgId, customerId: quiet.id, actorId: org.managerId, channel: "phone", kind: "call", at: daysAgo(1) });
    expect(await recordDueFirings(db, silence)).toEqual({ matched: 0, fired: 0 });
    expect(await firingsOf(silence.id)).toHaveLength(2);
  });

  it("birthday fires once per year from daysBefore days before the birthday (organization's time zone)", async () => {
    const { db } = conn();
    const inDays = (n: number) => {
      const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jerusalem" }).format(new Date()).split("-").map(Number);
      return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + n));
    };
    // 1992 is a leap year: a 29 February birthday still has its day.
    const birthdayIn = (n: number) => `1992-${inDays(n).toISOString().slice(5, 10)}`;
    const [soon, later] = [await customerAt(1, "Soon"), await customerAt(1, "Later")];
    await db.update(customers).set({ birthday: birthdayIn(3) }).where(and(eq(customers.orgId, org.orgId), eq(customers.id, soon.id)));
    await db.update(customers).set({ birthday: birthdayIn(4) }).where(and(eq(customers.orgId, org.orgId), eq(customers.id, later.id)));
    const early = await create(playbook({ type: "birthday", daysBefore: 3 }, { filter: { ownerId: org.salesId } }));
    const onTheDay = await create(playbook({ type: "birthday", daysBefore: 0 }, { filter: { ownerId: org.salesId } }));
    expect(await recordDueFirings(db, early)).toEqual({ matched: 1, fired: 1 });
    expect(await recordDueFirings(db, early)).toEqual({ matched: 0, fired: 0 });
    expect(await recordDueFirings(db, onTheDay)).toEqual({ matched: 0, fired: 0 });
    const [firing] = await firingsOf(early.id);
    expect(firing).toMatchObject({ customerId: soon.id, occurrence: `birthday:${inDays(3).getUTCFullYear()}` });
  });

  it("the scheduled run evaluates every enabled time-based playbook and runs the firings", async () => {
    const { db } = conn();
    const other = await createTestOrg(db);
    await createTestCustomer(db, { orgId: other.orgId, actorId: other.salesId, ownerId: other.salesId, at: daysAgo(40) });
    const idle = await createAutomation(db, { orgId: other.orgId, userId: other.ownerId, input: playbook({ type: "idle_in_stage", stage: "awareness" }) });
    const paused = await createAutomation(db, { orgId: other.orgId, userId: other.ownerId, input: playbook({ type: "no_contact", days: 1 }, { enabled: false }) });
    const first = await runScheduledAutomations(db);
    expect(first.fired).toBeGreaterThanOrEqual(1);
    const of = (id: string) => db.select().from(tasks).where(and(eq(tasks.orgId, other.orgId), eq(tasks.automationId, id)));
    expect(await of(idle.id)).toHaveLength(1);
    expect(await of(paused.id)).toHaveLength(0);
    await runScheduledAutomations(db);
    expect(await of(idle.id)).toHaveLength(1);
  });
});
