import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { addFeedback, addPurchase } from "@/db/mutations/activity";
import { countDue, recordDueFirings } from "@/db/mutations/automation-schedule";
import { createAutomation } from "@/db/mutations/automations";
import { moveCustomer } from "@/db/mutations/moves";
import { listMoves } from "@/db/queries/customer-activity";
import { listNotifications } from "@/db/queries/notifications";
import { automationFirings, customers, feedback, organizations, tasks } from "@/db/schema";
import { drainFirings, runScheduledAutomations } from "@/lib/automation/engine";
import { holidaysOf } from "@/core/automation/holiday-dates";
import { holidayKeys, type HolidayKey } from "@/core/automation/holidays";
import type { AutomationInput } from "@/core/automation/rules";
import { playbookInput } from "../support/automations";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const playbook = (trigger: AutomationInput["trigger"], extra: Partial<AutomationInput> = {}) => playbookInput(trigger, { title: "{name}", ...extra });

/** Today in Jerusalem (the test organizations' zone) and the nearest holiday's first day from it, in days. */
function nearestHoliday(): { key: HolidayKey; inDays: number } {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jerusalem" }).format(new Date());
  const year = Number(today.slice(0, 4));
  const upcoming = [year, year + 1]
    .flatMap((y) => [...holidaysOf("il", y), ...holidaysOf("ir", y)])
    .map((h) => ({ key: h.key, inDays: Math.round((Date.parse(h.date) - Date.parse(today)) / DAY) }))
    .filter((h) => h.inDays >= 1)
    .sort((a, b) => a.inDays - b.inDays);
  return upcoming[0]!;
}

describeOnEngines("automation: holidays, purchases, feedback, moves, notifications and the pause", (conn) => {
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  beforeAll(async () => {
    org = await createTestOrg(conn().db);
  });

  const firingsOf = (automationId: string) =>
    conn().db.select().from(automationFirings).where(and(eq(automationFirings.orgId, org.orgId), eq(automationFirings.automationId, automationId)));
  const tasksOf = (automationId: string) => conn().db.select().from(tasks).where(and(eq(tasks.orgId, org.orgId), eq(tasks.automationId, automationId)));
  const create = (input: AutomationInput) => createAutomation(conn().db, { orgId: org.orgId, userId: org.ownerId, input });
  const keepHolidays = (orgId: string, holidays: HolidayKey[]) => conn().db.update(organizations).set({ holidays }).where(eq(organizations.id, orgId));
  const pause = (orgId: string, paused: boolean) => conn().db.update(organizations).set({ automationsPaused: paused }).where(eq(organizations.id, orgId));

  it("holiday fires once per holiday from daysBefore days before, only for the holidays the organization keeps", async () => {
    const { db } = conn();
    const { key, inDays } = nearestHoliday();
    const other = await createTestOrg(db);
    const customer = await createTestCustomer(db, { orgId: other.orgId, actorId: other.salesId, ownerId: other.salesId });
    await createTestCustomer(db, { orgId: other.orgId, actorId: other.salesId, ownerId: other.salesId });
    const add = (daysBefore: number, holiday: HolidayKey = key) =>
      createAutomation(db, { orgId: other.orgId, userId: other.ownerId, input: playbook({ type: "holiday", holiday, daysBefore }) });
    const early = await add(Math.min(inDays, 60));
    const late = await add(inDays - 1);
    const another = await add(60, holidayKeys.find((k) => k !== key)!);

    // Not kept by the organization: nothing is due.
    expect(await countDue(db, early)).toBe(0);
    await keepHolidays(other.orgId, [key]);
    const expected = inDays <= 60 ? 2 : 0;
    expect(await countDue(db, early)).toBe(expected);
    expect(await countDue(db, late)).toBe(0);
    const concurrent = await Promise.all([recordDueFirings(db, early), recordDueFirings(db, early), recordDueFirings(db, early)]);
    expect(concurrent.reduce((sum, r) => sum + r.fired, 0)).toBe(expected);
    expect(await recordDueFirings(db, early)).toEqual({ matched: 0, fired: 0 });
    expect(await recordDueFirings(db, another)).toEqual({ matched: 0, fired: 0 });
    if (expected) {
      const firings = await db.select().from(automationFirings).where(and(eq(automationFirings.orgId, other.orgId), eq(automationFirings.automationId, early.id), eq(automationFirings.customerId, customer.id)));
      const year = new Date().getUTCFullYear();
      const occurrences = [year, year + 1].flatMap((y) => [...holidaysOf("il", y), ...holidaysOf("ir", y)]).filter((h) => h.key === key).map((h) => `holiday:${key}:${h.date}`);
      expect(occurrences).toContain(firings[0]?.occurrence);
    }
  });

  it("purchase_anniversary fires once per latest purchase once `days` have passed, and a newer purchase re-arms it", async () => {
    const { db } = conn();
    const buyer = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Buyer", at: daysAgo(100) });
    const recent = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Recent", at: daysAgo(100) });
    await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Never", at: daysAgo(100) });
    const first = await addPurchase(db, { orgId: org.orgId, customerId: buyer.id, amountMinor: 100, currency: "ILS", at: daysAgo(80) });
    await addPurchase(db, { orgId: org.orgId, customerId: recent.id, amountMinor: 100, currency: "ILS", at: daysAgo(90) });
    await addPurchase(db, { orgId: org.orgId, customerId: recent.id, amountMinor: 100, currency: "ILS", at: daysAgo(5) });
    const renewal = await create(playbook({ type: "purchase_anniversary", days: 30 }, { filter: { ownerId: org.salesId } }));

    const concurrent = await Promise.all([recordDueFirings(db, renewal), recordDueFirings(db, renewal)]);
    expect(concurrent.reduce((sum, r) => sum + r.fired, 0)).toBe(1);
    expect(await recordDueFirings(db, renewal)).toEqual({ matched: 0, fired: 0 });
    expect((await firingsOf(renewal.id)).map((f) => [f.customerId, f.occurrence])).toEqual([[buyer.id, `purchase:${first?.id}`]]);

    // A purchase 40 days ago is the new latest: due again; one 5 days ago is not yet.
    const second = await addPurchase(db, { orgId: org.orgId, customerId: buyer.id, amountMinor: 100, currency: "ILS", at: daysAgo(40) });
    expect(await recordDueFirings(db, renewal)).toEqual({ matched: 1, fired: 1 });
    await addPurchase(db, { orgId: org.orgId, customerId: buyer.id, amountMinor: 100, currency: "ILS", at: daysAgo(1) });
    expect(await recordDueFirings(db, renewal)).toEqual({ matched: 0, fired: 0 });
    expect((await firingsOf(renewal.id)).map((f) => f.occurrence).sort()).toEqual([`purchase:${first?.id}`, `purchase:${second?.id}`].sort());
    await drainFirings(db);
    expect((await tasksOf(renewal.id)).map((t) => t.title)).toEqual(["Buyer", "Buyer"]);
  });

  it("feedback_received fires with the feedback for scores within its bounds, once per feedback, not for a rolled-back one", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.sales2Id, ownerId: org.sales2Id, name: "Voice" });
    const filter = { ownerId: org.sales2Id };
    const detractor = await create({ ...playbook({ type: "feedback_received", minScore: 0, maxScore: 6 }, { filter }), name: "Detractor", actions: [{ type: "notify", who: "managers" }] });
    const promoter = await create(playbookInput({ type: "feedback_received", minScore: 9 }, { filter, title: "Ask {name} for a referral" }));
    const any = await create(playbook({ type: "feedback_received" }, { filter }));

    const low = await addFeedback(db, { orgId: org.orgId, customerId: c.id, score: 3, at: new Date() });
    expect((await firingsOf(detractor.id)).map((f) => [f.occurrence, f.status])).toEqual([[`feedback:${low?.id}`, "pending"]]);
    await addFeedback(db, { orgId: org.orgId, customerId: c.id, score: 7, at: new Date() });
    await addFeedback(db, { orgId: org.orgId, customerId: c.id, score: 10, at: new Date() });
    await db
      .transaction(async (tx) => {
        await tx.insert(feedback).values({ orgId: org.orgId, customerId: c.id, score: 0, stageKey: "awareness", at: new Date() });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await firingsOf(detractor.id)).toHaveLength(1);
    expect(await firingsOf(promoter.id)).toHaveLength(1);
    expect(await firingsOf(any.id)).toHaveLength(3);

    await Promise.all([drainFirings(db), drainFirings(db)]);
    const bell = await listNotifications(db, { orgId: org.orgId, userId: org.managerId });
    expect(bell.items.filter((n) => n.automationId === detractor.id)).toMatchObject([{ kind: "playbook_alert", customerId: c.id, params: { customerName: "Voice", automationName: "Detractor" } }]);
    expect((await tasksOf(promoter.id)).map((t) => [t.title, t.assigneeId])).toEqual([["Ask Voice for a referral", org.sales2Id]]);
    expect((await firingsOf(detractor.id))[0]).toMatchObject({ status: "done", results: [{ type: "notify", status: "done", detail: "1" }] });
  });

  it("a move action goes through the move function; playbooks moving a customer back and forth stop at depth 3", async () => {
    const { db } = conn();
    const third = await createTestOrg(db);
    const c = await createTestCustomer(db, { orgId: third.orgId, actorId: third.salesId, ownerId: third.salesId });
    const add = (input: AutomationInput) => createAutomation(db, { orgId: third.orgId, userId: third.ownerId, input });
    const there = await add({ ...playbook({ type: "stage_entered", stage: "engagement" }), actions: [{ type: "move", to: "consideration" }] });
    const back = await add({ ...playbook({ type: "stage_entered", stage: "consideration" }), actions: [{ type: "move", to: "engagement" }] });
    await moveCustomer(db, { orgId: third.orgId, actorId: third.salesId, customerId: c.id, to: "engagement", version: 1 });
    for (let i = 0; i < 6; i++) await drainFirings(db);

    const chain = await db
      .select()
      .from(automationFirings)
      .where(eq(automationFirings.orgId, third.orgId))
      .orderBy(automationFirings.depth);
    expect(chain.map((f) => [f.automationId, f.depth, f.status])).toEqual([
      [there.id, 0, "done"],
      [back.id, 1, "done"],
      [there.id, 2, "done"],
      [back.id, 3, "done"],
    ]);
    expect(chain.at(-1)?.results).toEqual([{ type: "move", status: "skipped", detail: "depth_limit" }]);
    const [moved] = await db.select().from(customers).where(and(eq(customers.orgId, third.orgId), eq(customers.id, c.id)));
    // The person's move, then three by playbooks.
    expect(moved).toMatchObject({ stageKey: "consideration", version: 5 });
    // Each playbook move names its playbook in place of a person, for the timeline.
    const history = await listMoves(db, { orgId: third.orgId, customerId: c.id });
    expect(history.map(({ event, actorName, automationName }) => [event.toKey, event.actorId, event.automationId, actorName, automationName])).toEqual([
      ["awareness", third.salesId, null, expect.any(String), null],
      ["engagement", third.salesId, null, expect.any(String), null],
      ["consideration", null, there.id, null, there.name],
      ["engagement", null, back.id, null, back.name],
      ["consideration", null, there.id, null, there.name],
    ]);
  });

  it("the scheduled tick records up to the cap without counting the rest, each occurrence once however many ticks run", async () => {
    const { db } = conn();
    const ticked = await createTestOrg(db);
    for (let i = 0; i < 5; i++) await createTestCustomer(db, { orgId: ticked.orgId, actorId: ticked.salesId, ownerId: ticked.salesId, at: daysAgo(20) });
    const idle = await createAutomation(db, { orgId: ticked.orgId, userId: ticked.ownerId, input: playbook({ type: "idle_in_stage", stage: "awareness", days: 10 }, { runCap: 2 }) });
    expect(await recordDueFirings(db, idle, { count: false })).toEqual({ matched: 2, fired: 2 });
    const concurrent = await Promise.all([recordDueFirings(db, idle, { count: false }), recordDueFirings(db, idle, { count: false })]);
    expect(concurrent.reduce((sum, r) => sum + r.fired, 0)).toBeLessThanOrEqual(3);
    while ((await recordDueFirings(db, idle, { count: false })).fired > 0);
    const firings = await db.select().from(automationFirings).where(and(eq(automationFirings.orgId, ticked.orgId), eq(automationFirings.automationId, idle.id)));
    expect(new Set(firings.map((f) => f.customerId)).size).toBe(5);
    expect(firings).toHaveLength(5);
  });

  it("a refused move is recorded as failed with its reason and not retried", async () => {
    const { db } = conn();
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.managerId, ownerId: org.managerId, at: daysAgo(50) });
    const drop = await create({ ...playbook({ type: "idle_in_stage", stage: "awareness", days: 40 }, { filter: { ownerId: org.managerId } }), actions: [{ type: "move", to: "lost" }] });
    expect(await recordDueFirings(db, drop)).toEqual({ matched: 1, fired: 1 });
    await drainFirings(db);
    await drainFirings(db);
    const [firing] = await firingsOf(drop.id);
    expect(firing).toMatchObject({ customerId: c.id, status: "failed", results: [{ type: "move", status: "failed", detail: "validation reason:reason_required_lost" }] });
    const [same] = await db.select().from(customers).where(and(eq(customers.orgId, org.orgId), eq(customers.id, c.id)));
    expect(same).toMatchObject({ stageKey: "awareness", lost: false, version: 1 });
  });

  it("an organization's pause stops every firing; on resume the time-based ones still due fire once and waiting firings run", async () => {
    const { db } = conn();
    const paused = await createTestOrg(db);
    const customer = (at: Date) => createTestCustomer(db, { orgId: paused.orgId, actorId: paused.salesId, ownerId: paused.salesId, at });
    const [idleOne, mover] = [await customer(daysAgo(30)), await customer(new Date())];
    const add = (input: AutomationInput) => createAutomation(db, { orgId: paused.orgId, userId: paused.ownerId, input });
    const idle = await add(playbook({ type: "idle_in_stage", stage: "awareness", days: 10 }));
    const entered = await add(playbook({ type: "stage_entered", stage: "engagement" }));
    const scored = await add(playbook({ type: "feedback_received" }));
    const of = (id: string) => db.select().from(tasks).where(and(eq(tasks.orgId, paused.orgId), eq(tasks.automationId, id)));
    const firingsIn = () => db.select().from(automationFirings).where(eq(automationFirings.orgId, paused.orgId));

    // Recorded before the pause: it waits for the resume.
    await addFeedback(db, { orgId: paused.orgId, customerId: mover.id, score: 8, at: new Date() });
    await pause(paused.orgId, true);
    await runScheduledAutomations(db);
    await moveCustomer(db, { orgId: paused.orgId, actorId: paused.salesId, customerId: mover.id, to: "engagement", version: 1 });
    await addFeedback(db, { orgId: paused.orgId, customerId: mover.id, score: 2, at: new Date() });
    expect((await firingsIn()).map((f) => [f.automationId, f.status])).toEqual([[scored.id, "pending"]]);
    await drainFirings(db);
    expect(await of(scored.id)).toHaveLength(0);

    await pause(paused.orgId, false);
    await runScheduledAutomations(db);
    await runScheduledAutomations(db);
    expect(await of(scored.id)).toHaveLength(1);
    expect(await of(entered.id)).toHaveLength(0);
    expect((await of(idle.id)).map((t) => t.customerId)).toEqual([idleOne.id]);
  });
});
