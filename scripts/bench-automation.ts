// npx tsx --conditions=react-server scripts/bench-automation.ts [--moves 200]
// Times the playbook engine on the demo organization of the configured database (DATABASE_URL, else
// PGlite in PGLITE_DIR), e.g. after `npm run db:seed -- --customers 100000`:
// - what a stage_entered playbook adds to a move (the stage_events trigger writing the firing):
//   single moves with no playbook on the target stage, then with one and with five;
// - one scheduled idle_in_stage run over the whole organization (count what is due, record up to the
//   run cap) and running the firings it recorded (tasks and notifications);
// - the same for a holiday playbook (the organization keeps the holiday for the run) and a
//   purchase_anniversary one.
// The playbooks it makes, their firings, tasks and notifications are removed at the end, and the
// organization's holidays put back; the moves stay (`--moves 0` makes none: for a shared database).
import { and, eq, inArray, sql } from "drizzle-orm";
import { openFromEnv } from "@/db/client";
import { runPendingFirings } from "@/db/mutations/automation-firings";
import { countDue, recordDueFirings } from "@/db/mutations/automation-schedule";
import { createAutomation, deleteAutomation } from "@/db/mutations/automations";
import { moveCustomer } from "@/db/mutations/moves";
import { notifications, organizations, tasks, users } from "@/db/schema";
import { findDemoOrg } from "@/db/seed/demo-org";
import { queryRows } from "@/db/sql";
import { holidaysOf } from "@/core/automation/holiday-dates";
import type { HolidayKey } from "@/core/automation/holidays";
import type { AutomationInput } from "@/core/automation/rules";
import { fail, flags } from "./cli";

const args = flags({ moves: { type: "string" } });
const MOVES = Number(args.moves ?? 200);

const conn = await openFromEnv();
const made: string[] = [];
let keptHolidays: HolidayKey[] | undefined;
const { db } = conn;
const orgId = (await findDemoOrg(db)) ?? fail("No demo organization: run `npm run db:seed` first.");
try {
  const [owner] = await db.select().from(users).where(and(eq(users.orgId, orgId), eq(users.email, "owner@demo.test")));
  if (!owner) fail("No demo owner.");
  const [stats] = await queryRows<{ customers: number }>(db, sql`select count(*)::int as customers from customers where org_id = ${orgId}`);
  console.log(`${conn.engine}: ${stats?.customers} customers`);

  const playbook = (input: Pick<AutomationInput, "trigger"> & Partial<AutomationInput>): AutomationInput => ({
    name: "bench",
    enabled: true,
    actions: [{ type: "task", title: "Follow up {name}", dueInDays: 1, assignee: "owner" }],
    filter: {},
    runCap: 1000,
    ...input,
  });
  const add = async (input: AutomationInput) => {
    const row = await createAutomation(db, { orgId, userId: owner.id, input });
    made.push(row.id);
    return row;
  };

  // Each sample moves a different customer between engagement and consideration, so no move waits on another.
  const movers = await queryRows<{ id: string; version: number; stage_key: string }>(
    db,
    sql`select id, version, stage_key from customers where org_id = ${orgId} and not lost and stage_key in ('engagement', 'consideration') order by id limit ${MOVES * 3}`,
  );
  let next = 0;
  const timeMoves = async (label: string) => {
    const samples: number[] = [];
    for (let i = 0; i < MOVES; i++) {
      const customer = movers[next++];
      if (!customer) fail(`not enough customers in engagement/consideration for ${MOVES * 3} moves`);
      const to = customer.stage_key === "engagement" ? "consideration" : "engagement";
      const started = performance.now();
      await moveCustomer(db, { orgId, actorId: owner.id, customerId: customer.id, to, version: customer.version });
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(2);
    console.log(`${label.padEnd(46)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  (${MOVES} moves)`);
  };
  if (MOVES > 0) {
    await timeMoves("move, no playbook on the stage");
    for (const stage of ["engagement", "consideration"]) await add(playbook({ trigger: { type: "stage_entered", stage } }));
    await timeMoves("move, one stage_entered playbook fires");
    for (let i = 0; i < 4; i++) for (const stage of ["engagement", "consideration"]) await add(playbook({ trigger: { type: "stage_entered", stage } }));
    await timeMoves("move, five stage_entered playbooks fire");
    for (const id of made.splice(0)) await deleteAutomation(db, { orgId, id });
  }

  const timeRun = async (label: string, trigger: AutomationInput["trigger"]) => {
    const automation = await add(playbook({ trigger }));
    let started = performance.now();
    const matched = await countDue(db, automation);
    const countMs = performance.now() - started;
    started = performance.now();
    const run = await recordDueFirings(db, automation);
    const runMs = performance.now() - started;
    started = performance.now();
    let ran = 0;
    for (let batch = await runPendingFirings(db, { limit: 100 }); batch > 0; batch = await runPendingFirings(db, { limit: 100 })) ran += batch;
    const drainMs = performance.now() - started;
    console.log(
      `${label.padEnd(32)} preview ${countMs.toFixed(0)} ms (${matched} due); ` +
        `scheduled run ${runMs.toFixed(0)} ms (matched ${run.matched}, fired ${run.fired}); ` +
        `running ${ran} firings ${drainMs.toFixed(0)} ms (${(drainMs / Math.max(1, ran)).toFixed(2)} ms each)`,
    );
  };
  for (const stage of ["awareness", "retention"]) await timeRun(`idle_in_stage ${stage}`, { type: "idle_in_stage", stage, days: 7 });
  await timeRun("purchase_anniversary 365 days", { type: "purchase_anniversary", days: 365 });
  // The nearest holiday of either calendar, kept by the organization for this run only.
  const today = new Date().toISOString().slice(0, 10);
  const year = Number(today.slice(0, 4));
  const [nearest] = [year, year + 1]
    .flatMap((y) => [...holidaysOf("il", y), ...holidaysOf("ir", y)])
    .filter((h) => h.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (nearest) {
    const [org] = await db.select({ holidays: organizations.holidays }).from(organizations).where(eq(organizations.id, orgId));
    keptHolidays = org?.holidays ?? [];
    await db.update(organizations).set({ holidays: [nearest.key] }).where(eq(organizations.id, orgId));
    await timeRun(`holiday ${nearest.key} (${nearest.date})`, { type: "holiday", holiday: nearest.key, daysBefore: 60 });
  }
} finally {
  if (keptHolidays) await db.update(organizations).set({ holidays: keptHolidays }).where(eq(organizations.id, orgId));
  if (made.length) {
    await db.delete(tasks).where(and(eq(tasks.orgId, orgId), inArray(tasks.automationId, made)));
    await db.delete(notifications).where(and(eq(notifications.orgId, orgId), inArray(notifications.automationId, made)));
    for (const id of made) await deleteAutomation(db, { orgId, id });
  }
  await conn.close();
}
